package org.throughline.session;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the action tracker, in clear text; the focus is null where the handover rule hides the
 * note, and the result with its reason is null where it was recorded in another coach's draft.
 */
public class ActionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long actionId;
    private final long engagementId;
    private final int sessionNumber;
    private final LocalDate sessionDate;
    private final String focus;
    private final String description;
    private final String when;
    private final String notice;
    private final String support;
    private final List<ClarityCheck.Flag> flags;
    private final FollowUp.Result result;
    private final FollowUp.Reason reason;
    private final String reasonNote;
    private final String clientName;
    private final LocalDate nextSessionDate;

    ActionRow(SessionAction action, String focus, String[] text, String reasonNote, boolean followUpShown) {
        this.actionId = action.getId();
        this.engagementId = action.getSession().getEngagement().getId();
        this.sessionNumber = action.getSession().getNumber();
        this.sessionDate = action.getSession().getDate();
        this.focus = focus;
        this.description = text[0];
        this.when = text[1];
        this.notice = text[2];
        this.support = text[3];
        this.flags = action.getClarityFlags();
        this.result = followUpShown ? action.getResult() : null;
        this.reason = followUpShown ? action.getResultReason() : null;
        this.reasonNote = reasonNote;
        this.clientName = action.getSession().getEngagement().getClient().getDisplayName();
        this.nextSessionDate = action.getSession().getEngagement().getPlannedSessions().stream()
                .filter(p -> p.getNumber() == sessionNumber + 1)
                .map(org.throughline.engagement.PlannedSession::getPlannedDate)
                .findFirst()
                .orElse(null);
    }

    public String getClientName() {
        return clientName;
    }

    /** The planned date of the session that follows this action up, or null after the last session. */
    public LocalDate getNextSessionDate() {
        return nextSessionDate;
    }

    /** Not followed up yet, and its follow-up session is within {@code days} of {@code today} (or past). */
    public boolean isDueForFollowUp(LocalDate today, int days) {
        return result == null && nextSessionDate != null && !nextSessionDate.isAfter(today.plusDays(days));
    }

    public long getActionId() {
        return actionId;
    }

    public long getEngagementId() {
        return engagementId;
    }

    public int getSessionNumber() {
        return sessionNumber;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public String getFocus() {
        return focus;
    }

    public String getDescription() {
        return description;
    }

    public String getWhen() {
        return when;
    }

    public String getNotice() {
        return notice;
    }

    public String getSupport() {
        return support;
    }

    public List<ClarityCheck.Flag> getFlags() {
        return flags;
    }

    public boolean isFlagged() {
        return flags.contains(ClarityCheck.Flag.VAGUE);
    }

    public FollowUp.Result getResult() {
        return result;
    }

    public FollowUp.Reason getReason() {
        return reason;
    }

    public String getReasonNote() {
        return reasonNote;
    }
}
