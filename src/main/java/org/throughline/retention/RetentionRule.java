package org.throughline.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import org.throughline.shared.RuleViolation;

/**
 * How long one category of records is kept: a number of months from an event, and what happens at
 * the end. A record reaches its end at the same time of day, that many calendar months after the
 * event (the last day of a shorter month when the day does not exist there).
 */
@Entity
@Table(name = "retention_rule")
public class RetentionRule {

    public static final int MAX_MONTHS = 1200;

    /** The event from which the period is counted. */
    public enum StartEvent {
        ENGAGEMENT_CLOSED,
        RECORD_CREATED,
        ACCOUNT_DEACTIVATED
    }

    /** What happens to a record at the end of its period. */
    public enum Disposal {
        /** The record goes altogether. */
        DELETE,
        /** The record stays with its counts, dates and statuses; content, names and e-mails go. */
        ANONYMISE
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Category category;

    @Column(nullable = false)
    private int months;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_event", nullable = false, length = 24)
    private StartEvent startEvent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Disposal disposal;

    @Version
    private long version;

    protected RetentionRule() {}

    /** A rule not stored, for checking and for tests. */
    public RetentionRule(Category category, int months, StartEvent startEvent, Disposal disposal) {
        this.category = category;
        change(months, startEvent, disposal);
    }

    /** Changes the rule; refused when the category does not allow the event or the disposal. */
    void change(int months, StartEvent startEvent, Disposal disposal) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new RuleViolation("retention.monthsRange", 1, MAX_MONTHS);
        }
        if (startEvent == null || !category.startEvents().contains(startEvent)) {
            throw new RuleViolation("retention.startNotAllowed");
        }
        if (disposal == null || !category.disposals().contains(disposal)) {
            throw new RuleViolation("retention.disposalNotAllowed");
        }
        this.months = months;
        this.startEvent = startEvent;
        this.disposal = disposal;
    }

    /** When a record whose period started at {@code start} reaches its end. */
    public Instant endOf(Instant start) {
        return start.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    /** True when a record whose period started at {@code start} has reached its end at {@code now}. */
    public boolean isDue(Instant start, Instant now) {
        return !endOf(start).isAfter(now);
    }

    /**
     * A start no record due at {@code now} can be later than: a cheap, index-friendly bound for the
     * queries (month ends shift an end by at most three days), refined there by the exact end.
     */
    Instant latestPossibleStart(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).plusDays(4).toInstant();
    }

    public Category getCategory() {
        return category;
    }

    public int getMonths() {
        return months;
    }

    public StartEvent getStartEvent() {
        return startEvent;
    }

    public Disposal getDisposal() {
        return disposal;
    }

    public long getVersion() {
        return version;
    }
}
