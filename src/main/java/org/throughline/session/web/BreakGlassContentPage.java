package org.throughline.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.throughline.session.EngagementContent;
import org.throughline.session.FeedbackCheck;
import org.throughline.session.FeedbackForm;
import org.throughline.session.FeedbackService;
import org.throughline.session.SessionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;

/** An engagement's notes, read only, for an administrator with an open break-glass ({@code ?id=ID}). */
@Named
@RequestScoped
public class BreakGlassContentPage {

    @Inject
    private SessionService sessions;

    @Inject
    private FeedbackService feedback;

    private java.util.List<FeedbackForm> checks = java.util.List.of();

    private Long id;
    private EngagementContent content;

    public void load() throws IOException {
        if (id == null) {
            Navigation.redirectKeepingMessages("/admin/engagements.xhtml");
            return;
        }
        try {
            content = sessions.contentUnderBreakGlass(id);
            checks = java.util.Arrays.stream(FeedbackCheck.Kind.values())
                    .map(kind -> feedback.feedbackUnderBreakGlass(id, kind))
                    .filter(FeedbackForm::isRecorded)
                    .toList();
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            Navigation.redirectKeepingMessages("/admin/engagement.xhtml?id=" + id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public java.util.List<FeedbackForm> getChecks() {
        return checks;
    }

    public EngagementContent getContent() {
        return content;
    }
}
