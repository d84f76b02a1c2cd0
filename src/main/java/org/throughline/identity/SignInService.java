package org.throughline.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.throughline.shared.TimeSource;

/**
 * Checks a sign-in and keeps the account's failure count, lock and security log. Anyone may call it:
 * it is what makes someone signed in. Attempts from a source with many recent failures are refused
 * ({@link SignInThrottle}). Every refusal costs one password verification, so an unknown
 * e-mail, a wrong password and a locked account cannot be told apart, by message or by time.
 */
@Stateless
@PermitAll
public class SignInService {

    /** A successful sign-in: who, with which roles, and the account's session stamp as sign-in read it. */
    public record SignedIn(String email, Set<Role> roles, int sessionStamp) {}

    /**
     * Where an attempt comes from: the address, whether the browser is a known device, and how long
     * the attempt was made to wait before it came here ({@link SignInThrottle#delayFor}).
     */
    public record Attempt(String remoteAddress, boolean knownDevice, long delayedMillis) {

        /** From an address, not a known device, not delayed. */
        public static Attempt from(String remoteAddress) {
            return new Attempt(remoteAddress, false, 0);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    @Inject
    private SignInThrottle throttle;

    private final PasswordHasher hasher = new PasswordHasher();

    public Optional<SignedIn> signIn(String typedEmail, char[] password, Attempt attempt) {
        String email = normalize(typedEmail);
        Instant now = time.now();
        String remoteAddress = attempt.remoteAddress();
        if (attempt.delayedMillis() > 0) {
            em.persist(new SecurityEvent(
                    SecurityEvent.Type.SIGN_IN_THROTTLED,
                    null,
                    email,
                    null,
                    remoteAddress,
                    SignInThrottle.DELAYED + " " + attempt.delayedMillis(),
                    now));
        }
        if (throttle.refuses(remoteAddress, attempt.knownDevice())) {
            hasher.verifyDecoy(password); // the same cost as any other refusal
            em.persist(new SecurityEvent(
                    SecurityEvent.Type.SIGN_IN_THROTTLED,
                    null,
                    email,
                    null,
                    remoteAddress,
                    SignInThrottle.REFUSED,
                    now));
            return Optional.empty();
        }
        Account account = em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null || !account.isActive()) {
            hasher.verifyDecoy(password);
            em.persist(new SecurityEvent(
                    SecurityEvent.Type.SIGN_IN_FAILED,
                    account,
                    email,
                    null,
                    remoteAddress,
                    account == null ? "UNKNOWN_EMAIL" : "INACTIVE_ACCOUNT",
                    now));
            return Optional.empty();
        }
        boolean matches = hasher.verify(password, account.getPasswordHash());
        if (account.isLocked(now)) {
            em.persist(new SecurityEvent(
                    SecurityEvent.Type.SIGN_IN_FAILED, account, email, null, remoteAddress, "ACCOUNT_LOCKED", now));
            return Optional.empty();
        }
        if (!matches) {
            // Counted first: the update's row lock comes before the events' foreign-key locks on the
            // account row, so parallel attempts wait for each other instead of deadlocking.
            boolean lockedNow = countFailure(account.getId(), now);
            em.persist(new SecurityEvent(
                    SecurityEvent.Type.SIGN_IN_FAILED, account, email, null, remoteAddress, "WRONG_PASSWORD", now));
            if (lockedNow) {
                em.flush(); // the lock is logged after the failure that caused it
                em.persist(new SecurityEvent(
                        SecurityEvent.Type.ACCOUNT_LOCKED, account, email, null, remoteAddress, null, now));
            }
            return Optional.empty();
        }
        account.recordSuccess();
        if (hasher.needsUpgrade(account.getPasswordHash())) {
            account.setPassword(hasher.hash(password), account.isMustChangePassword());
        }
        em.persist(new SecurityEvent(SecurityEvent.Type.SIGN_IN, account, email, null, remoteAddress, null, now));
        return Optional.of(new SignedIn(account.getEmail(), account.getRoles(), account.getSessionStamp()));
    }

    /**
     * Counts a failed sign-in in the database itself, so that parallel attempts each count (the row
     * lock of the first update makes the others wait, none of them is lost to a version conflict).
     * Returns true when this failure locked the account. The failures count within
     * {@link Account#FAILURE_WINDOW} of the first one; the account locks at
     * {@link Account#LOCK_AFTER_FAILURES} for {@link Account#LOCK_DURATION}.
     */
    private boolean countFailure(long accountId, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        LocalDateTime windowStart = LocalDateTime.ofInstant(now.minus(Account.FAILURE_WINDOW), ZoneOffset.UTC);
        // MySQL and MariaDB assign left to right: failed_attempts is set while first_failure_at is unchanged
        em.createNativeQuery("update account set"
                        + " failed_attempts = case when first_failure_at is null or first_failure_at <= ?1"
                        + " then 1 else failed_attempts + 1 end,"
                        + " first_failure_at = case when first_failure_at is null or first_failure_at <= ?1"
                        + " then ?2 else first_failure_at end"
                        + " where id = ?3")
                .setParameter(1, windowStart)
                .setParameter(2, at)
                .setParameter(3, accountId)
                .executeUpdate();
        return em.createNativeQuery("update account set locked_until = ?1 where id = ?2 and failed_attempts >= ?3"
                                + " and (locked_until is null or locked_until <= ?4)")
                        .setParameter(1, LocalDateTime.ofInstant(now.plus(Account.LOCK_DURATION), ZoneOffset.UTC))
                        .setParameter(2, accountId)
                        .setParameter(3, Account.LOCK_AFTER_FAILURES)
                        .setParameter(4, at)
                        .executeUpdate()
                == 1;
    }

    public void signedOut(String email, String remoteAddress) {
        Account account = em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", normalize(email))
                .getResultStream()
                .findFirst()
                .orElse(null);
        em.persist(
                new SecurityEvent(SecurityEvent.Type.SIGN_OUT, account, email, null, remoteAddress, null, time.now()));
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
