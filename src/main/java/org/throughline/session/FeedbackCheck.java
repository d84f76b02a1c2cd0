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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.engagement.Engagement;
import org.throughline.engagement.PlannedSession;
import org.throughline.identity.Account;

/**
 * The midpoint feedback or the closing reflection of an engagement: the client's answers to the
 * template's questions and the adjustments the coach commits to, both sealed.
 */
@Entity
@Table(name = "feedback_check")
public class FeedbackCheck {

    /** Which check. */
    public enum Kind {
        MIDPOINT,
        CLOSING
    }

    /** Where a check stands on a given day. */
    public enum State {
        /** Its session is still ahead. */
        UPCOMING,
        /** Its session is today, or is being recorded. */
        DUE,
        /** Its session is past (or finalized) and the check is not recorded. */
        OVERDUE,
        RECORDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engagement_id")
    private Engagement engagement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "answers_sealed")
    private String answersSealed;

    @Column(name = "adjustments_sealed")
    private String adjustmentsSealed;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected FeedbackCheck() {}

    FeedbackCheck(Engagement engagement, Kind kind, Account author, Instant now) {
        this.engagement = engagement;
        this.kind = kind;
        this.author = author;
        this.recordedAt = now;
    }

    void write(String sealedAnswers, String sealedAdjustments, Account by, Instant now) {
        this.answersSealed = sealedAnswers;
        this.adjustmentsSealed = sealedAdjustments;
        this.author = by;
        this.recordedAt = now;
    }

    /**
     * The state of a check of this kind in the engagement on {@code today}: recorded, or else
     * measured against the planned date of its session (the template's midpoint or closing session)
     * and whether that session is already final.
     */
    public static State state(
            Engagement engagement, Kind kind, boolean recorded, boolean sessionFinal, LocalDate today) {
        if (recorded) {
            return State.RECORDED;
        }
        int number = sessionOf(engagement, kind);
        LocalDate date = engagement.getPlannedSessions().stream()
                .filter(p -> p.getNumber() == number)
                .map(PlannedSession::getPlannedDate)
                .findFirst()
                .orElse(null);
        if (sessionFinal || (date != null && today.isAfter(date))) {
            return State.OVERDUE;
        }
        return date != null && !today.isBefore(date) ? State.DUE : State.UPCOMING;
    }

    /** The session after which this kind of check is due in the engagement. */
    public static int sessionOf(Engagement engagement, Kind kind) {
        return kind == Kind.MIDPOINT
                ? engagement.getTemplateVersion().getMidpointSession()
                : engagement.getTemplateVersion().getClosingSession();
    }

    public Long getId() {
        return id;
    }

    public Engagement getEngagement() {
        return engagement;
    }

    public Kind getKind() {
        return kind;
    }

    public Account getAuthor() {
        return author;
    }

    String getAnswersSealed() {
        return answersSealed;
    }

    String getAdjustmentsSealed() {
        return adjustmentsSealed;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
