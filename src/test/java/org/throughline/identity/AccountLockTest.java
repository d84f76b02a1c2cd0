package org.throughline.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountLockTest {

    private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

    private static Account account() {
        return new Account("kim@example.org", "Kim", EnumSet.of(Role.COACH), "x", T0);
    }

    @Test
    void fifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            assertFalse(account.recordFailure(T0.plus(Duration.ofMinutes(i))));
        }
        assertTrue(account.recordFailure(T0.plus(Duration.ofMinutes(14))));
        assertTrue(account.isLocked(T0.plus(Duration.ofMinutes(28))));
        assertFalse(account.isLocked(T0.plus(Duration.ofMinutes(29))));
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailure(T0.plus(Duration.ofMinutes(i)));
        }
        assertFalse(account.recordFailure(T0.plus(Duration.ofMinutes(16))));
        assertFalse(account.isLocked(T0.plus(Duration.ofMinutes(16))));
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailure(T0.plusSeconds(i));
        }
        account.recordSuccess();
        assertFalse(account.recordFailure(T0.plusSeconds(10)));
    }
}
