package org.throughline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where the audit chain starts after the oldest entries were removed, sealed under the audit key: the
 * first block kept (with what is left of it, when the removal cut it), and the hash it follows. The
 * newest checkpoint is the one that counts; without the key nobody can move the start.
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_block_id")
    private Long firstBlockId;

    @Column(name = "first_block_root", length = 64)
    private String firstBlockRoot;

    @Column(name = "first_block_count")
    private Integer firstBlockCount;

    @Column(name = "previous_block_hash", nullable = false, length = 64)
    private String previousBlockHash;

    @Column(name = "removed_up_to", nullable = false)
    private long removedUpTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 64)
    private String seal;

    protected AuditCheckpoint() {}

    /** The chain now starts at a block whose oldest entries were removed: what is left of it. */
    AuditCheckpoint(AuditBlock cut, String rootOfRest, int countOfRest, long removedUpTo, Instant now) {
        this(cut.getPreviousBlockHash(), removedUpTo, now);
        this.firstBlockId = cut.getId();
        this.firstBlockRoot = rootOfRest;
        this.firstBlockCount = countOfRest;
    }

    /** Whole blocks were removed: the next block follows this hash. */
    AuditCheckpoint(String previousBlockHash, long removedUpTo, Instant now) {
        this.previousBlockHash = previousBlockHash;
        this.removedUpTo = removedUpTo;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.seal = "";
    }

    /** Once it has its id. */
    void sealWith(AuditSeal key) {
        seal = key.seal(computeHash());
    }

    String computeHash() {
        return AuditEntry.hashOf(new Object[] {
            id,
            firstBlockId,
            firstBlockRoot,
            firstBlockCount,
            previousBlockHash,
            removedUpTo,
            ChronoUnit.MICROS.between(Instant.EPOCH, createdAt)
        });
    }

    public Long getId() {
        return id;
    }

    public Long getFirstBlockId() {
        return firstBlockId;
    }

    public String getFirstBlockRoot() {
        return firstBlockRoot;
    }

    public Integer getFirstBlockCount() {
        return firstBlockCount;
    }

    public String getPreviousBlockHash() {
        return previousBlockHash;
    }

    public String getSeal() {
        return seal;
    }
}
