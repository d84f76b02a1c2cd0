package org.throughline.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.throughline.retention.RetentionRule.Disposal;
import org.throughline.retention.RetentionRule.StartEvent;

/**
 * What one run did to one category: under which rule (or for which erasure request), how many
 * records, when. Never which records' content.
 */
@Entity
@Table(name = "purge_receipt")
public class PurgeReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Category category;

    @Column
    private Integer months;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_event", length = 24)
    private StartEvent startEvent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Disposal disposal;

    @Column(name = "erasure_id")
    private Long erasureId;

    @Column(name = "how_many", nullable = false)
    private int howMany;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    protected PurgeReceipt() {}

    /** The receipt of a category under its rule. */
    PurgeReceipt(long runId, RetentionRule rule, int howMany, Instant now) {
        this.runId = runId;
        this.category = rule.getCategory();
        this.months = rule.getMonths();
        this.startEvent = rule.getStartEvent();
        this.disposal = rule.getDisposal();
        this.howMany = howMany;
        this.finishedAt = now;
    }

    /** The receipt of a category removed by an erasure request. */
    PurgeReceipt(long runId, long erasureId, Category category, int howMany, Instant now) {
        this.runId = runId;
        this.erasureId = erasureId;
        this.category = category;
        this.disposal = Disposal.DELETE;
        this.howMany = howMany;
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public Category getCategory() {
        return category;
    }

    public Integer getMonths() {
        return months;
    }

    public StartEvent getStartEvent() {
        return startEvent;
    }

    public Disposal getDisposal() {
        return disposal;
    }

    public Long getErasureId() {
        return erasureId;
    }

    public int getHowMany() {
        return howMany;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
