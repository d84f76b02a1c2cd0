package org.throughline.engagement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.throughline.assignment.AssignmentChange;
import org.throughline.assignment.AssignmentService;
import org.throughline.assignment.CoachOption;
import org.throughline.engagement.Engagement;
import org.throughline.engagement.EngagementService;
import org.throughline.engagement.PlannedSession;
import org.throughline.policy.BreakGlass;
import org.throughline.policy.BreakGlassService;
import org.throughline.retention.LegalHold;
import org.throughline.retention.RetentionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;

/** One engagement as administrators see it ({@code ?id=ID}): metadata and planned session dates. */
@Named
@ViewScoped
public class EngagementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EngagementService engagements;

    @Inject
    private AssignmentService assignments;

    @Inject
    private BreakGlassService breakGlass;

    @Inject
    private RetentionService retention;

    private String breakGlassReason;
    private transient BreakGlass opening;
    private String holdReason;
    private transient LegalHold hold;

    private String language;
    private String specialty;
    private String overrideReason;
    private transient List<CoachOption> suggestions = List.of();
    private transient List<AssignmentChange> history = List.of();

    private Long id;
    private transient Engagement engagement;
    /** Whether the transient fields above are read: false again after the view moved to another instance. */
    private transient boolean shown;

    private final Map<Integer, LocalDate> dates = new HashMap<>();

    public void load() throws IOException {
        if (id == null) {
            Navigation.redirectKeepingMessages("/admin/engagements.xhtml");
            return;
        }
        try {
            show(engagements.find(id));
        } catch (RuleViolation e) {
            Navigation.notFound();
        }
    }

    private void show(Engagement loaded) {
        shown = true;
        engagement = loaded;
        suggestions = assignments.suggestions(loaded.getId(), language, specialty);
        history = assignments.history(loaded.getId());
        opening = breakGlass.current(loaded.getId()).orElse(null);
        hold = retention.holdOn(loaded.getId()).orElse(null);
        dates.clear();
        for (PlannedSession session : loaded.getPlannedSessions()) {
            dates.put(session.getNumber(), session.getPlannedDate());
        }
    }

    private void ensureShown() {
        if (!shown && id != null) {
            show(engagements.find(id));
        }
    }

    public void move(int number) {
        try {
            show(engagements.movePlannedSession(id, number, dates.get(number)));
            Messages.info("engagement.sessionMoved", number);
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            show(engagements.find(id));
        }
    }

    /** Opens the engagement's notes by break-glass, with the reason given; audited, and the coach sees it. */
    public void openBreakGlass() {
        try {
            opening = breakGlass.open(id, breakGlassReason);
            breakGlassReason = null;
            Messages.info("breakGlass.opened");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void placeHold() {
        try {
            hold = retention.placeHold(id, holdReason);
            holdReason = null;
            Messages.info("hold.placed");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void releaseHold() {
        try {
            retention.releaseHold(id);
            hold = null;
            Messages.info("hold.released");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public LegalHold getHold() {
        ensureShown();
        return hold;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public BreakGlass getOpening() {
        ensureShown();
        return opening;
    }

    public String getBreakGlassReason() {
        return breakGlassReason;
    }

    public void setBreakGlassReason(String breakGlassReason) {
        this.breakGlassReason = breakGlassReason;
    }

    public void suggest() {
        suggestions = assignments.suggestions(id, language, specialty);
    }

    public void assign(CoachOption option) {
        try {
            show(assignments.assignCoach(id, option.getAccount().getId(), overrideReason));
            overrideReason = null;
            Messages.info("assignment.assigned", option.getAccount().getDisplayName());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void cancel() {
        try {
            show(engagements.cancel(id));
            Messages.info("engagement.cancelled");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public List<CoachOption> getSuggestions() {
        ensureShown();
        return suggestions;
    }

    public List<AssignmentChange> getHistory() {
        ensureShown();
        return history;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public Map<Integer, LocalDate> getDates() {
        ensureShown();
        return dates;
    }

    public Engagement getEngagement() {
        ensureShown();
        return engagement;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
