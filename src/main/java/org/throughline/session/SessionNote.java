package org.throughline.session;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One session as the coach reads and edits it, in clear text: the check-in, the five-line note, the
 * primary action, and the follow-up of the previous session's action. The session service fills it
 * (after the guard) and checks it on save; it is never stored as it is.
 */
public class SessionNote implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int number;
    private LocalDate date;
    private Integer durationMinutes;
    private CoachingSession.Status status = CoachingSession.Status.DRAFT;
    private long version;
    private String authorName;
    private String clientName;
    private String clientPseudonym;
    private List<String> checkinQuestions = new ArrayList<>();
    private List<String> checkinAnswers = new ArrayList<>();
    private String focus;
    private String insight;
    private String obstacle;
    private String followUpPoint;
    private String actionDescription;
    private String actionWhen;
    private String actionNotice;
    private String actionSupport;
    private boolean saveDespiteFlags;
    private List<ClarityCheck.Flag> savedFlags = List.of();
    private ActionRow previousAction;
    private String previousFollowUpPoint;
    private FollowUp.Result previousResult;
    private FollowUp.Reason previousReason;
    private String previousReasonNote;
    private int maxLength = 500;
    private FeedbackCheck.Kind feedbackDue;

    /** The feedback check that comes due at this session (midpoint or closing), or null. */
    public FeedbackCheck.Kind getFeedbackDue() {
        return feedbackDue;
    }

    void setFeedbackDue(FeedbackCheck.Kind feedbackDue) {
        this.feedbackDue = feedbackDue;
    }

    /** The longest a text field may be, from the engagement's policy. */
    public int getMaxLength() {
        return maxLength;
    }

    void setMaxLength(int maxLength) {
        this.maxLength = maxLength;
    }

    public boolean isFinal() {
        return status == CoachingSession.Status.FINAL;
    }

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public int getNumber() {
        return number;
    }

    void setNumber(int number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public CoachingSession.Status getStatus() {
        return status;
    }

    void setStatus(CoachingSession.Status status) {
        this.status = status;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public String getAuthorName() {
        return authorName;
    }

    void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    /** The client as the coach knows them: the name, or the pseudonym when the record has been anonymised. */
    public String getClientName() {
        return clientName;
    }

    public String getClientPseudonym() {
        return clientPseudonym;
    }

    void setClient(org.throughline.engagement.Client client) {
        this.clientName = client.getDisplayName();
        this.clientPseudonym = client.getPseudonym();
    }

    public List<String> getCheckinQuestions() {
        return checkinQuestions;
    }

    void setCheckinQuestions(List<String> checkinQuestions) {
        this.checkinQuestions = new ArrayList<>(checkinQuestions);
    }

    /** One answer per check-in question, in the same order; changed in place by the form. */
    public List<String> getCheckinAnswers() {
        return checkinAnswers;
    }

    public void setCheckinAnswers(List<String> checkinAnswers) {
        this.checkinAnswers = new ArrayList<>(checkinAnswers);
    }

    public String getFocus() {
        return focus;
    }

    public void setFocus(String focus) {
        this.focus = focus;
    }

    public String getInsight() {
        return insight;
    }

    public void setInsight(String insight) {
        this.insight = insight;
    }

    public String getObstacle() {
        return obstacle;
    }

    public void setObstacle(String obstacle) {
        this.obstacle = obstacle;
    }

    public String getFollowUpPoint() {
        return followUpPoint;
    }

    public void setFollowUpPoint(String followUpPoint) {
        this.followUpPoint = followUpPoint;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public String getActionWhen() {
        return actionWhen;
    }

    public void setActionWhen(String actionWhen) {
        this.actionWhen = actionWhen;
    }

    public String getActionNotice() {
        return actionNotice;
    }

    public void setActionNotice(String actionNotice) {
        this.actionNotice = actionNotice;
    }

    public String getActionSupport() {
        return actionSupport;
    }

    public void setActionSupport(String actionSupport) {
        this.actionSupport = actionSupport;
    }

    public boolean isSaveDespiteFlags() {
        return saveDespiteFlags;
    }

    public void setSaveDespiteFlags(boolean saveDespiteFlags) {
        this.saveDespiteFlags = saveDespiteFlags;
    }

    /** The clarity flags the action was saved with (kept visible on the action). */
    public List<ClarityCheck.Flag> getSavedFlags() {
        return savedFlags;
    }

    void setSavedFlags(List<ClarityCheck.Flag> savedFlags) {
        this.savedFlags = List.copyOf(savedFlags);
    }

    /** The previous session's action, whose follow-up this session records; null for the first. */
    public ActionRow getPreviousAction() {
        return previousAction;
    }

    void setPreviousAction(ActionRow previousAction) {
        this.previousAction = previousAction;
    }

    /** The follow-up point the previous session left for this one. */
    public String getPreviousFollowUpPoint() {
        return previousFollowUpPoint;
    }

    void setPreviousFollowUpPoint(String previousFollowUpPoint) {
        this.previousFollowUpPoint = previousFollowUpPoint;
    }

    public FollowUp.Result getPreviousResult() {
        return previousResult;
    }

    public void setPreviousResult(FollowUp.Result previousResult) {
        this.previousResult = previousResult;
    }

    public FollowUp.Reason getPreviousReason() {
        return previousReason;
    }

    public void setPreviousReason(FollowUp.Reason previousReason) {
        this.previousReason = previousReason;
    }

    public String getPreviousReasonNote() {
        return previousReasonNote;
    }

    public void setPreviousReasonNote(String previousReasonNote) {
        this.previousReasonNote = previousReasonNote;
    }
}
