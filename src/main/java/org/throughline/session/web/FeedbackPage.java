package org.throughline.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import org.throughline.session.EngagementContent;
import org.throughline.session.FeedbackCheck;
import org.throughline.session.FeedbackForm;
import org.throughline.session.FeedbackService;
import org.throughline.session.SessionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;

/**
 * Recording the midpoint feedback or the closing reflection ({@code ?engagement=ID&kind=MIDPOINT}),
 * with the goal and the baseline beside it.
 */
@Named
@ViewScoped
public class FeedbackPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackService feedback;

    @Inject
    private SessionService sessions;

    private Long engagement;
    private FeedbackCheck.Kind kind;
    private String kindName;
    private FeedbackForm form;
    private transient EngagementContent content; // read again after the view moved to another instance

    public void load() throws IOException {
        if (kind == null && kindName != null) {
            Navigation.notFound(); // ?kind= names no feedback check
            return;
        }
        if (engagement == null || kind == null) {
            Navigation.redirectKeepingMessages("/coach/caseload.xhtml");
            return;
        }
        try {
            form = feedback.feedback(engagement, kind);
        } catch (RuleViolation e) {
            Navigation.notFound();
        }
    }

    public void save() throws IOException {
        try {
            form = feedback.record(engagement, form);
            Messages.info("feedback.saved." + kind);
            Navigation.redirectKeepingMessages("/coach/engagement.xhtml?id=" + engagement);
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public Long getEngagement() {
        return engagement;
    }

    public void setEngagement(Long engagement) {
        this.engagement = engagement;
    }

    public FeedbackCheck.Kind getKind() {
        return kind;
    }

    public String getKindName() {
        return kindName;
    }

    /** The {@code ?kind=} parameter: a feedback check's name, or anything else, which is not found. */
    public void setKindName(String kindName) {
        this.kindName = kindName;
        this.kind = Arrays.stream(FeedbackCheck.Kind.values())
                .filter(k -> k.name().equals(kindName))
                .findFirst()
                .orElse(null);
    }

    public FeedbackForm getForm() {
        return form;
    }

    public EngagementContent getContent() {
        if (content == null && engagement != null) {
            content = sessions.content(engagement);
        }
        return content;
    }
}
