package org.throughline.reflection;

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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.identity.Account;
import org.throughline.session.CoachingSession;
import org.throughline.shared.RuleViolation;

/**
 * A coach's self-reflection, after a session or on its own. Its sections are sealed together. A
 * private draft until the coach shares it with their supervisor; it may be withdrawn until reviewed.
 */
@Entity
@Table(name = "reflection")
public class Reflection {

    /** Where a reflection is. */
    public enum Status {
        DRAFT,
        SHARED,
        REVIEWED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coach_id")
    private Account coach;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private CoachingSession session;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.DRAFT;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "shared_with_id")
    private Account sharedWith;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Column(name = "content_sealed")
    private String contentSealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Reflection() {}

    Reflection(Account coach, CoachingSession session, Instant now) {
        this.coach = coach;
        this.session = session;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(String sealedContent, Instant now) {
        if (status != Status.DRAFT) {
            throw new RuleViolation(status == Status.SHARED ? "reflection.sharedWithdrawFirst" : "reflection.reviewed");
        }
        this.contentSealed = sealedContent;
        this.updatedAt = now;
    }

    void share(Account supervisor, Instant now) {
        if (status != Status.DRAFT) {
            throw new RuleViolation("reflection.alreadyShared");
        }
        this.status = Status.SHARED;
        this.sharedWith = supervisor;
        this.sharedAt = now;
    }

    void withdraw() {
        if (status == Status.REVIEWED) {
            throw new RuleViolation("reflection.reviewedCannotWithdraw");
        }
        if (status != Status.SHARED) {
            throw new RuleViolation("reflection.notShared");
        }
        this.status = Status.DRAFT;
        this.sharedWith = null;
        this.sharedAt = null;
    }

    /** The supervisor's development note makes the reflection reviewed. */
    public void reviewed() {
        if (status == Status.DRAFT) {
            throw new RuleViolation("reflection.notShared");
        }
        this.status = Status.REVIEWED;
    }

    public Long getId() {
        return id;
    }

    public Account getCoach() {
        return coach;
    }

    /** The session it reflects on, or null for a reflection on its own. */
    public CoachingSession getSession() {
        return session;
    }

    public Status getStatus() {
        return status;
    }

    public Account getSharedWith() {
        return sharedWith;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public String getContentSealed() {
        return contentSealed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
