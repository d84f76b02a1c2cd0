package org.throughline.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What "verify" found: the problems (none when the trail holds), how many entries it checked in how
 * many sealed blocks, how many entries still wait for their block, and the newest block — whose id and
 * hash an auditor can note and compare next time, since removing whole newest blocks with their entries
 * leaves nothing behind in the database to show it.
 */
public record AuditVerification(
        List<AuditProblem> problems,
        long sealedEntries,
        long blocks,
        long waiting,
        Long newestBlockId,
        String newestBlockHash,
        Instant newestBlockSealedAt)
        implements Serializable {

    public boolean isIntact() {
        return problems.isEmpty();
    }
}
