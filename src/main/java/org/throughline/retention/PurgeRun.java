package org.throughline.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the purge, nightly (started by nobody) or on demand (started by an administrator). */
@Entity
@Table(name = "purge_run")
public class PurgeRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "started_by")
    private Long startedBy;

    /** The kinds of record whose batches failed in this run, separated by commas; null when none did. */
    @Column(name = "failed_categories", length = 300)
    private String failedCategories;

    protected PurgeRun() {}

    PurgeRun(Long startedBy, Instant now) {
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    void finish(Instant now) {
        this.finishedAt = now;
    }

    void failed(Category category) {
        failedCategories = failedCategories == null ? category.name() : failedCategories + "," + category.name();
    }

    /** The kinds of record the run could not finish; empty when it did them all. */
    public java.util.List<Category> getFailed() {
        return failedCategories == null
                ? java.util.List.of()
                : java.util.Arrays.stream(failedCategories.split(","))
                        .map(Category::valueOf)
                        .toList();
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getStartedBy() {
        return startedBy;
    }
}
