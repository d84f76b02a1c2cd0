package org.throughline.retention.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.throughline.retention.CategoryPreview;
import org.throughline.retention.ErasureService;
import org.throughline.retention.RetentionService;

/** For the administrators' home page: what the retention rules and erasure requests ask of them. */
@Named
@RequestScoped
public class RetentionNotice {

    @Inject
    private RetentionService retention;

    @Inject
    private ErasureService erasures;

    private List<CategoryPreview> dueSoonByCategory;

    /** Records reaching the end of their period within the warning days. */
    public long getDueSoon() {
        return getDueSoonByCategory().stream()
                .mapToLong(CategoryPreview::getDueSoon)
                .sum();
    }

    /** The kinds of record of which some reach the end of their period within the warning days. */
    public List<CategoryPreview> getDueSoonByCategory() {
        if (dueSoonByCategory == null) {
            dueSoonByCategory =
                    retention.preview().stream().filter(p -> p.getDueSoon() > 0).toList();
        }
        return dueSoonByCategory;
    }

    public int getWarningDays() {
        return retention.settings().getWarningDays();
    }

    /** Erasure requests still waiting for a second administrator's approval. */
    public long getWaitingForApproval() {
        return erasures.open().stream()
                .filter(row ->
                        row.getRequest().getStatus() == org.throughline.retention.ErasureRequest.Status.REQUESTED)
                .count();
    }
}
