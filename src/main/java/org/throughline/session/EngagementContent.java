package org.throughline.session;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.throughline.engagement.CommunicationNorm;
import org.throughline.engagement.Engagement;

/**
 * What the engagement page shows of content, in clear text, as the guard allowed it: goal and
 * baseline, the communication norm, the sessions the reader may see and the action tracker.
 */
public class EngagementContent implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Engagement engagement;
    private final String goal;
    private final String baseline;
    private final CommunicationNorm norm;
    private final List<SessionNote> sessions;
    private final int hiddenSessions;
    private final List<ActionRow> actions;
    private final boolean normAdjustable;
    private final Map<FeedbackCheck.Kind, FeedbackCheck.State> feedbackStates;

    EngagementContent(
            Engagement engagement,
            String goal,
            String baseline,
            CommunicationNorm norm,
            List<SessionNote> sessions,
            int hiddenSessions,
            List<ActionRow> actions,
            boolean normAdjustable,
            Map<FeedbackCheck.Kind, FeedbackCheck.State> feedbackStates) {
        this.engagement = engagement;
        this.goal = goal;
        this.baseline = baseline;
        this.norm = norm;
        this.sessions = List.copyOf(sessions);
        this.hiddenSessions = hiddenSessions;
        this.actions = List.copyOf(actions);
        this.normAdjustable = normAdjustable;
        this.feedbackStates = Map.copyOf(feedbackStates);
    }

    public Engagement getEngagement() {
        return engagement;
    }

    public String getGoal() {
        return goal;
    }

    public String getBaseline() {
        return baseline;
    }

    public CommunicationNorm getNorm() {
        return norm;
    }

    public List<SessionNote> getSessions() {
        return sessions;
    }

    /** Sessions of an earlier coach that the handover rule keeps from this reader. */
    public int getHiddenSessions() {
        return hiddenSessions;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public boolean isNormAdjustable() {
        return normAdjustable;
    }

    /** Where the midpoint feedback and the closing reflection stand. */
    public Map<FeedbackCheck.Kind, FeedbackCheck.State> getFeedbackStates() {
        return feedbackStates;
    }

    /** The session still in draft, if one is. */
    public SessionNote getDraft() {
        return sessions.stream().filter(s -> !s.isFinal()).findFirst().orElse(null);
    }
}
