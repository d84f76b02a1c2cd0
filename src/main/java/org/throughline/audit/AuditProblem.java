package org.throughline.audit;

import java.io.Serializable;

/** One place where the audit chain does not hold, as "verify" reports it. */
public class AuditProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What is wrong at that entry. */
    public enum Kind {
        /** The entry's fields no longer give its stored hash: it was edited. */
        CHANGED,
        /** The entry does not follow the one before it: an entry was removed or altered before it. */
        BROKEN_LINK,
        /** The newest entry is not the one the trail last wrote: entries were removed at the end. */
        MISSING_END
    }

    private final Long entryId;
    private final Kind kind;

    public AuditProblem(Long entryId, Kind kind) {
        this.entryId = entryId;
        this.kind = kind;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Kind getKind() {
        return kind;
    }
}
