package org.throughline.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.identity.Account;

/** One change of an engagement's coach: who made it, when, from whom to whom, and why. */
@Entity
@Table(name = "assignment_change")
public class AssignmentChange {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "engagement_id", nullable = false)
    private Long engagementId;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_coach_id")
    private Account fromCoach;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_coach_id")
    private Account toCoach;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private boolean overridden;

    @Column(length = MAX_REASON)
    private String reason;

    protected AssignmentChange() {}

    AssignmentChange(
            long engagementId,
            Account fromCoach,
            Account toCoach,
            String changedBy,
            Instant changedAt,
            boolean overridden,
            String reason) {
        this.engagementId = engagementId;
        this.fromCoach = fromCoach;
        this.toCoach = toCoach;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.overridden = overridden;
        this.reason = reason;
    }

    /** The previous coach, or null for the first assignment. */
    public Account getFromCoach() {
        return fromCoach;
    }

    public Account getToCoach() {
        return toCoach;
    }

    public Long getFromCoachId() {
        return fromCoach == null ? null : fromCoach.getId();
    }

    public Long getToCoachId() {
        return toCoach.getId();
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public boolean isOverridden() {
        return overridden;
    }

    public String getReason() {
        return reason;
    }
}
