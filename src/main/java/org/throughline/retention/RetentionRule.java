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

    /** A change that keeps records for less time, waiting for a second administrator (all null when none). */
    @Column(name = "pending_months")
    private Integer pendingMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "pending_start_event", length = 24)
    private StartEvent pendingStartEvent;

    @Enumerated(EnumType.STRING)
    @Column(name = "pending_disposal", length = 12)
    private Disposal pendingDisposal;

    @Column(name = "pending_by")
    private Long pendingBy;

    @Column(name = "pending_at")
    private Instant pendingAt;

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

    /**
     * Whether changing to these values keeps records for less time than now: a shorter period,
     * another start event (which may come earlier), or deleting where records were anonymised.
     */
    boolean shortens(int newMonths, StartEvent newStart, Disposal newDisposal) {
        return newMonths < months
                || newStart != startEvent
                || (newDisposal == Disposal.DELETE && disposal == Disposal.ANONYMISE);
    }

    /** Puts a shortening change aside until a second administrator approves it. */
    void propose(int newMonths, StartEvent newStart, Disposal newDisposal, long by, Instant now) {
        new RetentionRule(category, newMonths, newStart, newDisposal); // the same checks as a change
        pendingMonths = newMonths;
        pendingStartEvent = newStart;
        pendingDisposal = newDisposal;
        pendingBy = by;
        pendingAt = now;
    }

    /** The waiting change takes effect, approved by an administrator other than the one who proposed it. */
    void approvePending(long by) {
        if (pendingMonths == null) {
            throw new RuleViolation("retention.noPendingChange");
        }
        if (pendingBy != null && pendingBy == by) {
            throw new RuleViolation("retention.secondAdministrator");
        }
        change(pendingMonths, pendingStartEvent, pendingDisposal);
        discardPending();
    }

    void discardPending() {
        pendingMonths = null;
        pendingStartEvent = null;
        pendingDisposal = null;
        pendingBy = null;
        pendingAt = null;
    }

    public boolean isChangePending() {
        return pendingMonths != null;
    }

    public Integer getPendingMonths() {
        return pendingMonths;
    }

    public StartEvent getPendingStartEvent() {
        return pendingStartEvent;
    }

    public Disposal getPendingDisposal() {
        return pendingDisposal;
    }

    public Long getPendingBy() {
        return pendingBy;
    }

    public Instant getPendingAt() {
        return pendingAt;
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
