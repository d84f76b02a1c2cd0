package org.throughline.retention;

import java.util.List;

/** What a purge run did: nothing when another run held the lease; otherwise its receipts. */
public class PurgeOutcome {

    private final boolean ran;
    private final List<PurgeReceipt> receipts;

    PurgeOutcome(boolean ran, List<PurgeReceipt> receipts) {
        this.ran = ran;
        this.receipts = List.copyOf(receipts);
    }

    /** False when another run was going on, so this one did nothing. */
    public boolean isRan() {
        return ran;
    }

    public List<PurgeReceipt> getReceipts() {
        return receipts;
    }
}
