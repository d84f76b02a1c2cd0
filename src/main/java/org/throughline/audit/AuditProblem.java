package org.throughline.audit;

import java.io.Serializable;

/** One place where the audit trail does not hold, as "verify" reports it. */
public class AuditProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What is wrong, and at which entry, block or checkpoint (the id). */
    public enum Kind {
        /** The entry's fields no longer give its stored hash: it was edited (id: the entry). */
        CHANGED,
        /** The block's entries are not the ones sealed: one was removed, added, moved or rewritten (id: the block). */
        BLOCK_ALTERED,
        /** The block's seal does not hold: it was rewritten without the audit key (id: the block). */
        BLOCK_FORGED,
        /** The block does not follow the one before it: a block was removed or the chain re-made (id: the block). */
        CHAIN_BROKEN,
        /** Entries name a block that is gone: a newest block was removed (id: the first such entry). */
        BLOCK_MISSING,
        /** The checkpoint that says where the chain starts was not sealed with the audit key (id: the checkpoint). */
        CHECKPOINT_FORGED
    }

    private final Long id;
    private final Kind kind;

    public AuditProblem(Long id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }
}
