package org.throughline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.throughline.identity.Role;

/**
 * One line of the audit trail: who, in which role, did what to which record, when, and why where a
 * reason is required — never content. Each entry's hash covers its fields and the previous entry's
 * hash, so a changed or removed entry breaks the chain.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final String FIRST_PREVIOUS_HASH = "0".repeat(64);

    /** What was done. */
    public enum Action {
        READ,
        CREATE,
        UPDATE,
        DELETE,
        EXPORT,
        BREAK_GLASS,
        PURGE
    }

    /** The kinds of confidential record the trail speaks of. */
    public enum RecordType {
        ENGAGEMENT,
        SESSION,
        ACTION,
        FEEDBACK,
        REFLECTION,
        DEVELOPMENT_NOTE,
        CLIENT,
        RECAP_SEND,
        AUDIT_ENTRY,
        ACCOUNT,
        LEGAL_HOLD,
        ERASURE_REQUEST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", length = 12)
    private Role actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, length = 40)
    private RecordType recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "engagement_id")
    private Long engagementId;

    @Column(length = 1000)
    private String reason;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {}

    AuditEntry(
            Instant now,
            Long actorId,
            Role actorRole,
            Action action,
            RecordType recordType,
            long recordId,
            Long engagementId,
            String reason,
            String previousHash) {
        this.occurredAt = now.truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.engagementId = engagementId;
        this.reason = reason;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** The hash these fields and the previous hash should have; differs from the stored one after a change. */
    String computeHash() {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {
            previousHash,
            ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt),
            actorId,
            actorRole,
            action,
            recordType,
            recordId,
            engagementId,
            reason
        }) {
            String value = String.valueOf(field);
            text.append(value.length()).append(':').append(value).append(';');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public Role getActorRole() {
        return actorRole;
    }

    public Action getAction() {
        return action;
    }

    public RecordType getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public String getReason() {
        return reason;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
