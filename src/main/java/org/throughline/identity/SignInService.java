package org.throughline.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.throughline.shared.TimeSource;

/**
 * Checks a sign-in and keeps the account's failure count, lock and security log. Anyone may call it:
 * it is what makes someone signed in. Every refusal costs one password verification, so an unknown
 * e-mail, a wrong password and a locked account cannot be told apart, by message or by time.
 */
@Stateless
@PermitAll
public class SignInService {

    /** A successful sign-in: who, and with which roles. */
    public record SignedIn(String email, Set<Role> roles) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    private final PasswordHasher hasher = new PasswordHasher();

    public Optional<SignedIn> signIn(String typedEmail, char[] password, String remoteAddress) {
        String email = normalize(typedEmail);
        Instant now = time.now();
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
            boolean lockedNow = account.recordFailure(now);
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
        return Optional.of(new SignedIn(account.getEmail(), account.getRoles()));
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
