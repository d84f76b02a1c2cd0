package org.throughline.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A legal hold on an engagement: while it is not released, no retention rule and no erasure touches
 * the engagement or its records. Released holds stay as history.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "placed_by", nullable = false)
    private long placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "released_by")
    private Long releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected LegalHold() {}

    LegalHold(long engagementId, String reason, long placedBy, Instant now) {
        this.engagementId = engagementId;
        this.reason = reason;
        this.placedBy = placedBy;
        this.placedAt = now;
    }

    void release(long by, Instant now) {
        this.releasedBy = by;
        this.releasedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getEngagementId() {
        return engagementId;
    }

    public String getReason() {
        return reason;
    }

    public long getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }
}
