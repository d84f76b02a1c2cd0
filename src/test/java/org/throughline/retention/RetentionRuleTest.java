package org.throughline.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.throughline.retention.RetentionRule.Disposal;
import org.throughline.retention.RetentionRule.StartEvent;
import org.throughline.shared.RuleViolation;

/** Retention dates: when a record reaches its end under a rule, and which rules a category allows. */
class RetentionRuleTest {

    private static RetentionRule rule(int months) {
        return new RetentionRule(Category.SESSION_NOTES, months, StartEvent.ENGAGEMENT_CLOSED, Disposal.ANONYMISE);
    }

    @Test
    void aRecordReachesItsEndTheSameTimeOfDayThatManyMonthsLater() {
        Instant closed = Instant.parse("2026-03-10T14:30:00Z");
        assertEquals(Instant.parse("2032-03-10T14:30:00Z"), rule(72).endOf(closed));
        assertFalse(rule(6).isDue(closed, Instant.parse("2026-09-10T14:29:59Z")));
        assertTrue(rule(6).isDue(closed, Instant.parse("2026-09-10T14:30:00Z")));
    }

    @Test
    void aDayMissingInTheLastMonthEndsOnThatMonthsLastDay() {
        assertEquals(Instant.parse("2027-02-28T09:00:00Z"), rule(1).endOf(Instant.parse("2027-01-31T09:00:00Z")));
        assertEquals(Instant.parse("2028-02-29T09:00:00Z"), rule(13).endOf(Instant.parse("2027-01-31T09:00:00Z")));
    }

    @Test
    void theQueryBoundNeverMissesADueRecord() {
        // the queries first keep records started no later than latestPossibleStart, then check the exact end
        Instant now = Instant.parse("2027-02-28T09:00:00Z");
        Instant startedOnTheLastDay = Instant.parse("2027-01-31T09:00:00Z");
        RetentionRule oneMonth = rule(1);
        assertTrue(oneMonth.isDue(startedOnTheLastDay, now));
        assertFalse(startedOnTheLastDay.isAfter(oneMonth.latestPossibleStart(now)));
    }

    @Test
    void eachCategoryAllowsOnlyItsOwnEventsAndDisposals() {
        assertEquals(
                "retention.startNotAllowed",
                assertThrows(
                                RuleViolation.class,
                                () -> new RetentionRule(
                                        Category.REFLECTIONS, 12, StartEvent.ACCOUNT_DEACTIVATED, Disposal.DELETE))
                        .getMessageKey());
        assertEquals(
                "retention.disposalNotAllowed",
                assertThrows(
                                RuleViolation.class,
                                () -> new RetentionRule(
                                        Category.AUDIT_ENTRIES, 84, StartEvent.RECORD_CREATED, Disposal.ANONYMISE))
                        .getMessageKey());
        assertEquals(
                "retention.disposalNotAllowed",
                assertThrows(
                                RuleViolation.class,
                                () -> new RetentionRule(
                                        Category.DEACTIVATED_ACCOUNTS,
                                        24,
                                        StartEvent.ACCOUNT_DEACTIVATED,
                                        Disposal.DELETE))
                        .getMessageKey());
        assertEquals(
                "retention.monthsRange",
                assertThrows(RuleViolation.class, () -> rule(0)).getMessageKey());
        assertEquals(
                "retention.monthsRange",
                assertThrows(RuleViolation.class, () -> rule(RetentionRule.MAX_MONTHS + 1))
                        .getMessageKey());
    }
}
