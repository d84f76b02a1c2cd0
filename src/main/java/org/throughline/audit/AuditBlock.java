package org.throughline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A sealed block of audit entries: how many, the Merkle root over their hashes in id order, the hash of
 * the block before it, and an HMAC seal over all of that under the audit key.
 */
@Entity
@Table(name = "audit_block")
public class AuditBlock {

    /** What the first block follows when nothing was ever removed. */
    static final String GENESIS = "0".repeat(64);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    @Column(name = "merkle_root", nullable = false, length = 64)
    private String merkleRoot;

    @Column(name = "previous_block_hash", nullable = false, length = 64)
    private String previousBlockHash;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    @Column(name = "block_hash", nullable = false, length = 64)
    private String blockHash;

    @Column(nullable = false, length = 64)
    private String seal;

    protected AuditBlock() {}

    AuditBlock(List<String> entryHashes, String previousBlockHash, Instant now) {
        this.entryCount = entryHashes.size();
        this.merkleRoot = merkleRoot(entryHashes);
        this.previousBlockHash = previousBlockHash;
        this.sealedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.blockHash = "";
        this.seal = "";
    }

    /** Once the block has its id: its hash, and the seal of that hash. */
    void sealWith(AuditSeal key) {
        blockHash = computeHash();
        seal = key.seal(blockHash);
    }

    String computeHash() {
        return AuditEntry.hashOf(new Object[] {
            id, entryCount, merkleRoot, previousBlockHash, ChronoUnit.MICROS.between(Instant.EPOCH, sealedAt)
        });
    }

    /**
     * The Merkle root over these hashes, in their order: pairs hashed together level by level, an odd
     * last one carried up as it is. Any change of an entry, its order or the number of entries changes it.
     */
    static String merkleRoot(List<String> hashes) {
        if (hashes.isEmpty()) {
            return GENESIS;
        }
        List<byte[]> level = new ArrayList<>();
        for (String hash : hashes) {
            level.add(HexFormat.of().parseHex(hash));
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            while (level.size() > 1) {
                List<byte[]> up = new ArrayList<>((level.size() + 1) / 2);
                for (int i = 0; i + 1 < level.size(); i += 2) {
                    sha.update(level.get(i));
                    up.add(sha.digest(level.get(i + 1)));
                }
                if (level.size() % 2 == 1) {
                    up.add(level.get(level.size() - 1));
                }
                level = up;
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return HexFormat.of().formatHex(level.get(0));
    }

    public Long getId() {
        return id;
    }

    public int getEntryCount() {
        return entryCount;
    }

    public String getMerkleRoot() {
        return merkleRoot;
    }

    public String getPreviousBlockHash() {
        return previousBlockHash;
    }

    public Instant getSealedAt() {
        return sealedAt;
    }

    public String getBlockHash() {
        return blockHash;
    }

    public String getSeal() {
        return seal;
    }
}
