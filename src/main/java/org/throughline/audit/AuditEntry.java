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
 * reason is required — never content. Each entry's hash covers its own fields (and, for entries
 * written before blocks existed, the previous entry's hash); the sealer then puts it into a sealed
 * block ({@link AuditBlock}), which is what shows an entry removed or moved.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

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
        ERASURE_REQUEST,
        SUBJECT_ACCESS_REQUEST,
        /** A retention rule; its record id is the category's position in the list, from 1. */
        RETENTION_RULE
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

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    @Column(name = "block_id")
    private Long blockId;

    protected AuditEntry() {}

    AuditEntry(
            Instant now,
            Long actorId,
            Role actorRole,
            Action action,
            RecordType recordType,
            long recordId,
            Long engagementId,
            String reason) {
        this.occurredAt = now.truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.engagementId = engagementId;
        this.reason = reason;
        this.hash = computeHash();
    }

    /**
     * The hash an entry with these fields gets when it is written: for tools that write a trail outside
     * the server (the benchmark's data generator), so that its entries verify like the application's.
     */
    public static String hashOf(
            Instant occurredAt,
            Long actorId,
            Role actorRole,
            Action action,
            RecordType recordType,
            long recordId,
            Long engagementId,
            String reason) {
        return new AuditEntry(occurredAt, actorId, actorRole, action, recordType, recordId, engagementId, reason).hash;
    }

    /** The hash these fields should have; differs from the stored one after a change. */
    String computeHash() {
        return hashOf(previousHash, occurredAt, actorId, actorRole, action, recordType, recordId, engagementId, reason);
    }

    /**
     * The hash of an entry's fields, from a row of {@link #FIELDS} (id first, the stored hash last),
     * so that "verify" can check entries without making entities of them.
     */
    static String hashOfRow(Object[] row) {
        return hashOf(row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9]);
    }

    /** The fields of an entry as JPQL selects them for {@link #hashOfRow}. */
    static final String FIELDS = "e.id, e.previousHash, e.occurredAt, e.actorId, e.actorRole, e.action, e.recordType,"
            + " e.recordId, e.engagementId, e.reason, e.hash";

    private static String hashOf(
            Object previousHash,
            Object occurredAt,
            Object actorId,
            Object actorRole,
            Object action,
            Object recordType,
            Object recordId,
            Object engagementId,
            Object reason) {
        return hashOf(new Object[] {
            previousHash,
            ChronoUnit.MICROS.between(Instant.EPOCH, (Instant) occurredAt),
            actorId,
            actorRole,
            action,
            recordType,
            recordId,
            engagementId,
            reason
        });
    }

    /** The SHA-256 (hex) of these values, each written with its length so that no two lists collide. */
    static String hashOf(Object[] values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            String written = String.valueOf(value);
            text.append(written.length()).append(':').append(written).append(';');
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

    public Long getBlockId() {
        return blockId;
    }
}
