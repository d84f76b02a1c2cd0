package org.throughline.session;

import java.io.Serializable;
import java.util.List;
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

    EngagementContent(
            Engagement engagement,
            String goal,
            String baseline,
            CommunicationNorm norm,
            List<SessionNote> sessions,
            int hiddenSessions,
            List<ActionRow> actions,
            boolean normAdjustable) {
        this.engagement = engagement;
        this.goal = goal;
        this.baseline = baseline;
        this.norm = norm;
        this.sessions = List.copyOf(sessions);
        this.hiddenSessions = hiddenSessions;
        this.actions = List.copyOf(actions);
        this.normAdjustable = normAdjustable;
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

    /** The session still in draft, if one is. */
    public SessionNote getDraft() {
        return sessions.stream().filter(s -> !s.isFinal()).findFirst().orElse(null);
    }
}
