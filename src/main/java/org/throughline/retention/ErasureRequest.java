package org.throughline.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.throughline.shared.RuleViolation;

/**
 * A request to erase everything held about one client: made by one administrator, approved by
 * another, carried out by the purge once the grace period has passed, unless withdrawn first or
 * while an engagement of the client is on legal hold.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 500;

    /** Where a request is. */
    public enum Status {
        REQUESTED,
        APPROVED,
        WITHDRAWN,
        CARRIED_OUT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false, length = 12)
    private String pseudonym;

    /** Sealed like content: a reason may name or describe the client. */
    @Column
    private String reason;

    @jakarta.persistence.Transient
    private String shownReason;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "carried_out_at")
    private Instant carriedOutAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.REQUESTED;

    @Version
    private long version;

    protected ErasureRequest() {}

    ErasureRequest(long clientId, String pseudonym, String reason, long requestedBy, Instant now) {
        this.clientId = clientId;
        this.pseudonym = pseudonym;
        this.shownReason = reason; // sealed into the column by the service once the record has its id
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    /** Approved by a second administrator; due once the grace period has passed. */
    void approve(long by, Instant now, Duration grace) {
        if (status != Status.REQUESTED) {
            throw new RuleViolation("erasure.notWaitingForApproval");
        }
        if (by == requestedBy) {
            throw new RuleViolation("erasure.secondAdministrator");
        }
        this.approvedBy = by;
        this.approvedAt = now;
        this.dueAt = now.plus(grace);
        this.status = Status.APPROVED;
    }

    void withdraw(long by, Instant now) {
        if (status != Status.REQUESTED && status != Status.APPROVED) {
            throw new RuleViolation("erasure.cannotWithdraw");
        }
        this.withdrawnBy = by;
        this.withdrawnAt = now;
        this.status = Status.WITHDRAWN;
    }

    void carriedOut(Instant now) {
        this.carriedOutAt = now;
        this.status = Status.CARRIED_OUT;
    }

    public boolean isOpen() {
        return status == Status.REQUESTED || status == Status.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getPseudonym() {
        return pseudonym;
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

    public long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getCarriedOutAt() {
        return carriedOutAt;
    }

    public Status getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
