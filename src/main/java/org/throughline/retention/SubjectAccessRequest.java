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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.throughline.shared.RuleViolation;

/**
 * A client's request for a copy of everything held about them: received on a date, with how the
 * requester's identity was checked and a reference; due one month from receipt, extendable once by up
 * to two months with a reason (which the client must be told); produced only once a second
 * administrator approves it, and then downloadable for {@link #AVAILABLE_FOR}.
 */
@Entity
@Table(name = "subject_access_request")
public class SubjectAccessRequest {

    public static final int MAX_REFERENCE = 60;
    public static final int MIN_TEXT = 10;
    public static final int MAX_IDENTITY_CHECK = 300;
    public static final int MAX_EXTENSION_REASON = 500;
    public static final Duration AVAILABLE_FOR = Duration.ofDays(7);
    public static final int MAX_EXTENSION_MONTHS = 2;

    /** Where a request is. */
    public enum Status {
        REQUESTED,
        APPROVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false, length = 12)
    private String pseudonym;

    @Column(nullable = false, length = MAX_REFERENCE)
    private String reference;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    /** Sealed like content (it may describe the client); {@link #shown} holds it opened for the screen. */
    @Column(name = "identity_check")
    private String identityCheck;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "extended_to")
    private LocalDate extendedTo;

    /** Sealed like content. */
    @Column(name = "extension_reason")
    private String extensionReason;

    @jakarta.persistence.Transient
    private String shownIdentityCheck;

    @jakarta.persistence.Transient
    private String shownExtensionReason;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "available_until")
    private Instant availableUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.REQUESTED;

    @Version
    private long version;

    protected SubjectAccessRequest() {}

    SubjectAccessRequest(
            long clientId,
            String pseudonym,
            String reference,
            LocalDate receivedOn,
            String identityCheck,
            long requestedBy,
            Instant now) {
        this.clientId = clientId;
        this.pseudonym = pseudonym;
        this.reference = reference;
        this.receivedOn = receivedOn;
        this.shownIdentityCheck = identityCheck; // sealed by the service once the request has its id
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.dueOn = receivedOn.plusMonths(1);
    }

    /** Approved by a second administrator: the file can be downloaded from now for {@link #AVAILABLE_FOR}. */
    void approve(long by, Instant now) {
        if (status != Status.REQUESTED) {
            throw new RuleViolation("subjectAccess.notWaitingForApproval");
        }
        if (by == requestedBy) {
            throw new RuleViolation("subjectAccess.secondAdministrator");
        }
        approvedBy = by;
        approvedAt = now;
        availableUntil = now.plus(AVAILABLE_FOR);
        status = Status.APPROVED;
    }

    /** The one extension: to a later date at most two months past the original due date, with a reason. */
    void extend(LocalDate to, String reason) {
        if (extendedTo != null) {
            throw new RuleViolation("subjectAccess.extendedOnce");
        }
        if (status != Status.REQUESTED) {
            throw new RuleViolation("subjectAccess.alreadyApproved");
        }
        if (to == null || !to.isAfter(dueOn) || to.isAfter(dueOn.plusMonths(MAX_EXTENSION_MONTHS))) {
            throw new RuleViolation("subjectAccess.extensionRange", dueOn.plusMonths(MAX_EXTENSION_MONTHS));
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_TEXT || text.length() > MAX_EXTENSION_REASON) {
            throw new RuleViolation("subjectAccess.extensionReasonLength", MIN_TEXT, MAX_EXTENSION_REASON);
        }
        extendedTo = to;
        shownExtensionReason = text; // sealed by the service
    }

    /** Whether the file may be made now: approved, and its 7 days not over. */
    public boolean isAvailable(Instant now) {
        return status == Status.APPROVED && now.isBefore(availableUntil);
    }

    /** The date the answer is due: the extended one if there is one. */
    public LocalDate getDeadline() {
        return extendedTo != null ? extendedTo : dueOn;
    }

    /** Days until the deadline (0 on the day, negative when overdue); null once answered. */
    public Long daysLeft(LocalDate today) {
        return status == Status.APPROVED ? null : ChronoUnit.DAYS.between(today, getDeadline());
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

    public String getReference() {
        return reference;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    /** The identity check in clear, as the service opened it for the screen. */
    public String getIdentityCheck() {
        return shownIdentityCheck;
    }

    /** Stores the sealed texts (the service seals them with the request's id). */
    void seal(String sealedIdentityCheck, String sealedExtensionReason) {
        this.identityCheck = sealedIdentityCheck;
        this.extensionReason = sealedExtensionReason;
    }

    /** Gives the opened texts for the screen. */
    void shown(String openedIdentityCheck, String openedExtensionReason) {
        this.shownIdentityCheck = openedIdentityCheck;
        this.shownExtensionReason = openedExtensionReason;
    }

    String getSealedIdentityCheck() {
        return identityCheck;
    }

    String getSealedExtensionReason() {
        return extensionReason;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getExtendedTo() {
        return extendedTo;
    }

    public String getExtensionReason() {
        return shownExtensionReason;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getAvailableUntil() {
        return availableUntil;
    }

    public Status getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
