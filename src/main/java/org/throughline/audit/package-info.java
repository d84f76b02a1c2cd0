/**
 * The audit trail of reads and writes of confidential records.
 *
 * <p>What it promises: every confidential read and write is recorded, in the transaction of the work;
 * entries are never changed; only the oldest are removed, under the retention rule; and "verify"
 * reports an entry that was changed, removed from the middle or moved, and a trail that was re-made.
 *
 * <p>How, without one lock for the whole organization: until version 13 every entry carried the hash of
 * the one before, so every audited transaction on every instance waited for one head row. Now an entry
 * is hashed on its own fields when written (no lock; two writers never wait for each other). Every few
 * seconds the sealer ({@link org.throughline.audit.AuditSealer}, on each instance, taking turns on one
 * row so that only one seals at a time) takes the entries that wait, in id order, and seals them as a
 * block ({@link org.throughline.audit.AuditBlock}): the number of entries and the Merkle root over
 * their hashes, chained to the previous block's hash, and an HMAC-SHA256 seal over the block's hash
 * under {@code THROUGHLINE_AUDIT_KEY} — a key from configuration, like the content keys, never stored
 * in the database. An entry written by a transaction that commits late is simply sealed in a later
 * block: each entry names its block.
 *
 * <p>What "verify" shows, and why: a changed entry no longer gives its own hash; a removed, added or
 * reordered entry changes its block's root or count; someone who can write to the database but has no
 * key can recompute hashes and roots but cannot seal, so a re-made block shows by its seal, and a removed
 * block by the broken link of the next one (or, for the newest, by its entries naming a block that is
 * gone). Removing the oldest entries writes a sealed checkpoint ({@link org.throughline.audit.AuditCheckpoint})
 * saying which block the chain now starts at (and what is left of it when the removal cut it), so the
 * start can move only with the key. Checked one block at a time: memory stays bounded.
 *
 * <p>What it cannot show by itself: entries removed in the seconds before they are sealed, and the
 * newest whole blocks removed together with their entries — nothing is left in the database to tell.
 * "Verify" therefore names the newest block with its hash: an auditor who notes it (or a copy kept
 * elsewhere) sees any such removal next time.
 */
package org.throughline.audit;
