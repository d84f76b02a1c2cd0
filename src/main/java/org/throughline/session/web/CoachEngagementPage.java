package org.throughline.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.throughline.engagement.CommunicationNorm;
import org.throughline.policy.BreakGlass;
import org.throughline.policy.BreakGlassService;
import org.throughline.retention.SubjectAccessRequests;
import org.throughline.retention.SubjectAccessRow;
import org.throughline.session.ActionRow;
import org.throughline.session.EngagementContent;
import org.throughline.session.FeedbackCheck;
import org.throughline.session.FeedbackService;
import org.throughline.session.FollowUp;
import org.throughline.session.SessionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;

/** One of the coach's engagements ({@code ?id=ID}): goal, baseline, norm, sessions, action tracker. */
@Named
@ViewScoped
public class CoachEngagementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionService sessions;

    @Inject
    private BreakGlassService breakGlass;

    @Inject
    private FeedbackService feedback;

    @Inject
    private SubjectAccessRequests subjectAccess;

    private Map<FeedbackCheck.Kind, FeedbackCheck.State> feedbackStates = Map.of();
    private String closeReason;

    private Long id;
    // Read when first asked for in a request (again after the view moved to another instance)
    private transient EngagementContent content;
    private transient List<BreakGlass> openings;
    private transient List<SubjectAccessRow> givenOut;
    /** The engagement's version when the goal form was filled (kept when the view moves). */
    private long engagementVersion;

    private String goal;
    private String baseline;
    private CommunicationNorm norm;

    public void load() throws IOException {
        if (id == null) {
            Navigation.redirectKeepingMessages("/coach/caseload.xhtml");
            return;
        }
        try {
            refresh();
        } catch (RuleViolation e) {
            Navigation.notFound();
        }
    }

    private void refresh() {
        content = sessions.content(id);
        openings = breakGlass.openingsOfMyEngagement(id);
        givenOut = subjectAccess.givenOutFromMyEngagement(id);
        feedbackStates = content.getFeedbackStates();
        engagementVersion = content.getEngagement().getVersion();
        goal = content.getGoal();
        baseline = content.getBaseline();
        norm = content.getNorm();
    }

    public void saveGoal() {
        try {
            sessions.saveGoalAndBaseline(id, engagementVersion, goal, baseline);
            refresh();
            Messages.info("coachEngagement.goalSaved");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void saveNorm() {
        try {
            sessions.adjustNorm(id, norm);
            refresh();
            Messages.info("coachEngagement.normSaved");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void close() throws IOException {
        try {
            feedback.close(id, closeReason);
            Messages.info("engagement.closed");
            Navigation.redirectKeepingMessages("/coach/engagement.xhtml?id=" + id);
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public FeedbackCheck.Kind[] getFeedbackKinds() {
        return FeedbackCheck.Kind.values();
    }

    public Map<FeedbackCheck.Kind, FeedbackCheck.State> getFeedbackStates() {
        return feedbackStates;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    /** How many followed-up actions had each result. */
    public Map<FollowUp.Result, Long> getResultCounts() {
        Map<FollowUp.Result, Long> counts = new EnumMap<>(FollowUp.Result.class);
        for (FollowUp.Result result : FollowUp.Result.values()) {
            counts.put(result, 0L);
        }
        getContent().getActions().stream()
                .filter(a -> a.getResult() != null)
                .forEach(a -> counts.merge(a.getResult(), 1L, Long::sum));
        return counts;
    }

    /** Reasons given more than once, most frequent first. */
    public List<FollowUp.Reason> getRecurringReasons() {
        return content.getActions().stream()
                .map(ActionRow::getReason)
                .filter(r -> r != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<FollowUp.Reason, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    public boolean isCanRecord() {
        EngagementContent shown = getContent();
        return !shown.getEngagement().isEnded()
                && (shown.getDraft() != null
                        || shown.getSessions().size() + shown.getHiddenSessions()
                                < shown.getEngagement()
                                        .getTemplateVersion()
                                        .content()
                                        .getSessionCount());
    }

    public FollowUp.Result[] getResults() {
        return FollowUp.Result.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EngagementContent getContent() {
        if (content == null && id != null) {
            content = sessions.content(id);
        }
        return content;
    }

    public List<BreakGlass> getOpenings() {
        if (openings == null) {
            openings = id == null ? List.of() : breakGlass.openingsOfMyEngagement(id);
        }
        return openings;
    }

    /** The client's approved subject access requests: their records were given out. */
    public List<SubjectAccessRow> getGivenOut() {
        if (givenOut == null) {
            givenOut = id == null ? List.of() : subjectAccess.givenOutFromMyEngagement(id);
        }
        return givenOut;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }

    public CommunicationNorm getNorm() {
        return norm;
    }
}
