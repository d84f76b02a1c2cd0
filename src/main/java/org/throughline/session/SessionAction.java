package org.throughline.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.engagement.Engagement;

/**
 * The one primary action agreed in a session (sealed: description, when, what to notice, support),
 * the clarity flags the coach saved it with, and its follow-up result from the next session.
 */
@Entity
@Table(name = "session_action")
public class SessionAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private CoachingSession session;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engagement_id")
    private Engagement engagement;

    @Column(name = "description_sealed")
    private String descriptionSealed;

    @Column(name = "due_sealed")
    private String dueSealed;

    @Column(name = "notice_sealed")
    private String noticeSealed;

    @Column(name = "support_sealed")
    private String supportSealed;

    @Column(name = "clarity_flags", nullable = false, length = 200)
    private String clarityFlags = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private FollowUp.Result result;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_reason", length = 20)
    private FollowUp.Reason resultReason;

    @Column(name = "result_note_sealed")
    private String resultNoteSealed;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "followed_up_in")
    private CoachingSession followedUpIn;

    protected SessionAction() {}

    SessionAction(CoachingSession session) {
        this.session = session;
        this.engagement = session.getEngagement();
    }

    void write(String[] sealed, List<ClarityCheck.Flag> flags) {
        this.descriptionSealed = sealed[0];
        this.dueSealed = sealed[1];
        this.noticeSealed = sealed[2];
        this.supportSealed = sealed[3];
        this.clarityFlags = flags.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    void followUp(FollowUp.Result newResult, FollowUp.Reason reason, String sealedNote, CoachingSession in) {
        this.result = newResult;
        this.resultReason = reason;
        this.resultNoteSealed = sealedNote;
        this.followedUpIn = newResult == null ? null : in;
    }

    public Long getId() {
        return id;
    }

    public CoachingSession getSession() {
        return session;
    }

    String getDescriptionSealed() {
        return descriptionSealed;
    }

    String getDueSealed() {
        return dueSealed;
    }

    String getNoticeSealed() {
        return noticeSealed;
    }

    String getSupportSealed() {
        return supportSealed;
    }

    String getResultNoteSealed() {
        return resultNoteSealed;
    }

    public List<ClarityCheck.Flag> getClarityFlags() {
        return clarityFlags.isEmpty()
                ? List.of()
                : Arrays.stream(clarityFlags.split(","))
                        .map(ClarityCheck.Flag::valueOf)
                        .toList();
    }

    public FollowUp.Result getResult() {
        return result;
    }

    public FollowUp.Reason getResultReason() {
        return resultReason;
    }

    public CoachingSession getFollowedUpIn() {
        return followedUpIn;
    }
}
