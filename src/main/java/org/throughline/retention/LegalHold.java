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

    /** Sealed like content: a reason may name or describe the client. */
    @Column
    private String reason;

    @jakarta.persistence.Transient
    private String shownReason;

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
        this.shownReason = reason; // sealed into the column by the service once the record has its id
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

    /** Stores the sealed reason (the service seals it once the record has its id). */
    void sealReason(String sealed) {
        this.reason = sealed;
    }

    /** The sealed reason as stored; null once removed with the client's records. */
    String getSealedReason() {
        return reason;
    }

    /** Gives the reason in clear for showing, as the service opened it. */
    void show(String openedReason) {
        this.shownReason = openedReason;
    }

    /** The reason in clear, where the service opened it for the screen; null otherwise. */
    public String getReason() {
        return shownReason;
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
