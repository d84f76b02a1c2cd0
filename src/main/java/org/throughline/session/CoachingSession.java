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
import org.throughline.identity.Account;
import org.throughline.shared.RuleViolation;

/**
 * One coaching session of an engagement: its date and duration, the opening check-in and the
 * five-line note, each stored sealed. A draft until finalized, then read-only for good.
 */
@Entity
@Table(name = "coaching_session")
public class CoachingSession {

    /** A draft may change; a final session never does. */
    public enum Status {
        DRAFT,
        FINAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engagement_id")
    private Engagement engagement;

    @Column(nullable = false)
    private int number;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status = Status.DRAFT;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "checkin_sealed")
    private String checkinSealed;

    @Column(name = "focus_sealed")
    private String focusSealed;

    @Column(name = "insight_sealed")
    private String insightSealed;

    @Column(name = "obstacle_sealed")
    private String obstacleSealed;

    @Column(name = "follow_up_sealed")
    private String followUpSealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @Version
    private long version;

    protected CoachingSession() {}

    CoachingSession(Engagement engagement, int number, Account author, Instant now) {
        this.engagement = engagement;
        this.number = number;
        this.author = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the date, duration and sealed texts of a save; refused once the session is final. */
    void write(LocalDate newDate, int minutes, String[] sealed, Instant now) {
        refuseIfFinal();
        this.date = newDate;
        this.durationMinutes = minutes;
        this.checkinSealed = sealed[0];
        this.focusSealed = sealed[1];
        this.insightSealed = sealed[2];
        this.obstacleSealed = sealed[3];
        this.followUpSealed = sealed[4];
        this.updatedAt = now;
    }

    void finalizeAt(Instant now) {
        refuseIfFinal();
        this.status = Status.FINAL;
        this.finalizedAt = now;
        this.updatedAt = now;
    }

    void refuseIfFinal() {
        if (status == Status.FINAL) {
            throw new RuleViolation("session.final");
        }
    }

    public boolean isFinal() {
        return status == Status.FINAL;
    }

    public Long getId() {
        return id;
    }

    public Engagement getEngagement() {
        return engagement;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Status getStatus() {
        return status;
    }

    public Account getAuthor() {
        return author;
    }

    String getCheckinSealed() {
        return checkinSealed;
    }

    String getFocusSealed() {
        return focusSealed;
    }

    String getInsightSealed() {
        return insightSealed;
    }

    String getObstacleSealed() {
        return obstacleSealed;
    }

    String getFollowUpSealed() {
        return followUpSealed;
    }

    public Instant getFinalizedAt() {
        return finalizedAt;
    }

    public long getVersion() {
        return version;
    }
}
