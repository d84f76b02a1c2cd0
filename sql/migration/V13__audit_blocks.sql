-- The audit trail without one lock for every audited write: each entry is hashed on its own when it is
-- written (previous_hash stays only on entries written before this version, whose hashes cover it); a
-- sealer puts the entries into blocks: a Merkle root over the entries' hashes, chained to the previous
-- block, sealed with an HMAC under a key from configuration (THROUGHLINE_AUDIT_KEY). The start of the
-- chain moves only through a sealed checkpoint written when the oldest entries are removed.
-- audit_head stays as the one row that sealers (and the removal of old entries) lock; audited writes
-- no longer touch it.

ALTER TABLE audit_entry
    MODIFY previous_hash CHAR(64) NULL,
    ADD COLUMN block_id BIGINT NULL,
    ADD INDEX ix_audit_entry_block (block_id, id);

CREATE TABLE audit_block (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    entry_count         INT         NOT NULL,
    merkle_root         CHAR(64)    NOT NULL,
    previous_block_hash CHAR(64)    NOT NULL,
    sealed_at           DATETIME(6) NOT NULL,
    block_hash          CHAR(64)    NOT NULL,
    seal                CHAR(64)    NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Written when the oldest entries are removed: where the chain now starts. first_block_id is the first
-- block kept; when it was cut (its oldest entries removed), first_block_root and first_block_count say
-- what is left of it. previous_block_hash is what the first kept block follows.
CREATE TABLE audit_checkpoint (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    first_block_id      BIGINT      NULL,
    first_block_root    CHAR(64)    NULL,
    first_block_count   INT         NULL,
    previous_block_hash CHAR(64)    NOT NULL,
    removed_up_to       BIGINT      NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    seal                CHAR(64)    NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
