package org.throughline.retention;

import java.util.List;

/** One purge run for the administrators' list: who started it, how many records, and its receipts that counted any. */
public class RunRow {

    private final PurgeRun run;
    private final String startedBy;
    private final List<PurgeReceipt> receipts;

    RunRow(PurgeRun run, String startedBy, List<PurgeReceipt> receipts) {
        this.run = run;
        this.startedBy = startedBy;
        this.receipts = List.copyOf(receipts);
    }

    public PurgeRun getRun() {
        return run;
    }

    /** The administrator who started it; null for the nightly run. */
    public String getStartedBy() {
        return startedBy;
    }

    public int getTotal() {
        return receipts.stream().mapToInt(PurgeReceipt::getHowMany).sum();
    }

    /** The receipts of categories in which the run removed or anonymised something. */
    public List<PurgeReceipt> getCounted() {
        return receipts.stream().filter(r -> r.getHowMany() > 0).toList();
    }
}
