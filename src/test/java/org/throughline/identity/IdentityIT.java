package org.throughline.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;
import org.throughline.testsupport.Deployments;
import org.throughline.testsupport.incontainer.AsAdmin;
import org.throughline.testsupport.incontainer.AsCoach;
import org.throughline.testsupport.incontainer.Work;

/** Accounts and sign-in inside the server, against the real database. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    private static final String PASSWORD = "quiet river lantern 9";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(IdentityIT.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private SignInService signIn;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsCoach asCoach;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @Inject
    private TimeSource time;

    @Inject
    private SignInThrottle throttle;

    private static String uniqueEmail() {
        return "it-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void anAccountWrittenThroughTheServiceReadsBackFromTheDatabase() throws Exception {
        String email = uniqueEmail();
        long id = asAdmin.call(
                () -> accounts.create(email, "Ada Quinn", EnumSet.of(Role.COACH, Role.SUPERVISOR), PASSWORD)
                        .getId());

        Account read = asAdmin.call(() -> accounts.find(id));
        assertEquals(email, read.getEmail());
        assertEquals("Ada Quinn", read.getDisplayName());
        assertEquals(EnumSet.of(Role.COACH, Role.SUPERVISOR), read.getRoles());
        assertTrue(read.isMustChangePassword());
        assertTrue(read.isActive());
    }

    @Test
    void aStoredHashHasAtLeastSixHundredThousandIterations() throws Exception {
        String email = uniqueEmail();
        long id = asAdmin.call(() -> accounts.create(email, "Hash Check", EnumSet.of(Role.COACH), PASSWORD)
                .getId());
        String stored = (String) em.createNativeQuery("SELECT password_hash FROM account WHERE id = ?")
                .setParameter(1, id)
                .getSingleResult();
        assertTrue(PasswordHasher.iterations(stored) >= 600_000, stored.substring(0, 30));
        assertFalse(stored.contains(PASSWORD));
    }

    @Test
    void aLowIterationHashIsUpgradedAtTheNextSuccessfulSignIn() throws Exception {
        String email = uniqueEmail();
        long id = asAdmin.call(() -> accounts.create(email, "Old Hash", EnumSet.of(Role.COACH), PASSWORD)
                .getId());
        transaction.begin();
        em.createNativeQuery("UPDATE account SET password_hash = ? WHERE id = ?")
                .setParameter(1, new PasswordHasher().hash(PASSWORD.toCharArray(), 1_000))
                .setParameter(2, id)
                .executeUpdate();
        transaction.commit();

        assertTrue(signIn.signIn(email, PASSWORD.toCharArray(), SignInService.Attempt.from("127.0.0.1"))
                .isPresent());

        String stored = (String) em.createNativeQuery("SELECT password_hash FROM account WHERE id = ?")
                .setParameter(1, id)
                .getSingleResult();
        assertEquals(PasswordHasher.ITERATIONS, PasswordHasher.iterations(stored));
        assertTrue(signIn.signIn(email, PASSWORD.toCharArray(), SignInService.Attempt.from("127.0.0.1"))
                .isPresent());
    }

    @Test
    void theSixthAttemptIsRefusedEvenWithTheRightPasswordAndEverythingIsLogged() throws Exception {
        String email = uniqueEmail();
        long id = asAdmin.call(() -> accounts.create(email, "Lock Check", EnumSet.of(Role.COACH), PASSWORD)
                .getId());
        for (int i = 0; i < 5; i++) {
            assertTrue(signIn.signIn(email, "wrong password here".toCharArray(), SignInService.Attempt.from("10.0.0.9"))
                    .isEmpty());
        }
        assertTrue(signIn.signIn(email, PASSWORD.toCharArray(), SignInService.Attempt.from("10.0.0.9"))
                .isEmpty());

        List<?> types = em.createNativeQuery("SELECT event_type FROM security_event WHERE account_id = ? ORDER BY id")
                .setParameter(1, id)
                .getResultList();
        assertEquals(
                List.of(
                        "ACCOUNT_CREATED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "ACCOUNT_LOCKED",
                        "SIGN_IN_FAILED"),
                types);
        List<?> details = em.createNativeQuery("SELECT COALESCE(detail, '') FROM security_event WHERE account_id = ?")
                .setParameter(1, id)
                .getResultList();
        assertTrue(details.stream().noneMatch(d -> d.toString().contains("wrong password here")));
    }

    @Test
    void tenWrongPasswordsSentInParallelAllCountAndLockTheAccount() throws Exception {
        String email = uniqueEmail();
        long id = asAdmin.call(() -> accounts.create(email, "Parallel Check", EnumSet.of(Role.COACH), PASSWORD)
                .getId());
        int attempts = 10;
        CyclicBarrier start = new CyclicBarrier(attempts);
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Boolean>> refused = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                refused.add(threads.submit(() -> {
                    start.await();
                    return signIn.signIn(
                                    email, "wrong password here".toCharArray(), SignInService.Attempt.from("10.0.0.7"))
                            .isEmpty();
                }));
            }
            for (Future<Boolean> each : refused) {
                assertTrue(each.get(2, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }
        Object[] account = (Object[])
                em.createNativeQuery("SELECT failed_attempts, locked_until > UTC_TIMESTAMP() FROM account WHERE id = ?")
                        .setParameter(1, id)
                        .getSingleResult();
        assertEquals(10, ((Number) account[0]).intValue());
        assertEquals(1, ((Number) account[1]).intValue(), "locked");
        assertEquals(10, eventCount(id, "SIGN_IN_FAILED"));
        assertEquals(1, eventCount(id, "ACCOUNT_LOCKED"));
        assertTrue(signIn.signIn(email, PASSWORD.toCharArray(), SignInService.Attempt.from("10.0.0.7"))
                .isEmpty());
    }

    @Test
    void failuresCountWithinFifteenMinutesOfTheFirstAndASuccessStartsAgain() throws Exception {
        String email = uniqueEmail();
        long id = asAdmin.call(() -> accounts.create(email, "Window Check", EnumSet.of(Role.COACH), PASSWORD)
                .getId());
        Instant t0 = Instant.now().plus(Duration.ofDays(1)); // ahead of every other test's failures
        try {
            for (int minute = 0; minute < 4; minute++) {
                failAt(email, t0.plus(Duration.ofMinutes(minute)));
            }
            failAt(email, t0.plus(Duration.ofMinutes(16))); // a new window: 1 failure
            assertEquals(1, failedAttempts(id));
            for (int minute = 17; minute < 20; minute++) {
                failAt(email, t0.plus(Duration.ofMinutes(minute)));
            }
            time.use(Clock.fixed(t0.plus(Duration.ofMinutes(20)), ZoneOffset.UTC));
            assertTrue(signIn.signIn(email, PASSWORD.toCharArray(), SignInService.Attempt.from("10.0.0.8"))
                    .isPresent());
            assertEquals(0, failedAttempts(id));
            for (int minute = 21; minute < 25; minute++) {
                failAt(email, t0.plus(Duration.ofMinutes(minute)));
            }
            assertEquals(0, eventCount(id, "ACCOUNT_LOCKED"));
            failAt(email, t0.plus(Duration.ofMinutes(25))); // the fifth within the window
            assertEquals(1, eventCount(id, "ACCOUNT_LOCKED"));
            time.use(Clock.fixed(t0.plus(Duration.ofMinutes(39)), ZoneOffset.UTC));
            assertTrue(
                    signIn.signIn(email, PASSWORD.toCharArray(), SignInService.Attempt.from("10.0.0.8"))
                            .isEmpty(),
                    "locked 15 minutes");
            time.use(Clock.fixed(t0.plus(Duration.ofMinutes(41)), ZoneOffset.UTC));
            assertTrue(
                    signIn.signIn(email, PASSWORD.toCharArray(), SignInService.Attempt.from("10.0.0.8"))
                            .isPresent(),
                    "lock over");
        } finally {
            time.use(Clock.systemUTC());
        }
    }

    @Test
    void manyFailuresFromOneAddressSlowItDownThenRefuseItUnlessTheBrowserIsKnown() throws Exception {
        String email = uniqueEmail();
        asAdmin.call(() -> accounts.create(email, "Office Worker", EnumSet.of(Role.COACH), PASSWORD));
        java.util.Random random = new java.util.Random();
        String address = "198.51." + random.nextInt(256) + "." + random.nextInt(256);
        assertEquals(0, throttle.delayFor(address, false));
        for (int attempt = 1; attempt <= 30; attempt++) {
            String guessed = "guess-" + attempt + "-" + UUID.randomUUID() + "@example.org";
            assertTrue(signIn.signIn(guessed, "password1234".toCharArray(), SignInService.Attempt.from(address))
                    .isEmpty());
            if (attempt == 9) {
                assertEquals(0, throttle.delayFor(address, false), "nine failures: not slowed yet");
            }
            if (attempt == 10) {
                assertTrue(throttle.delayFor(address, false) > 0, "ten failures: slowed down");
            }
        }
        assertTrue(
                throttle.delayFor(address, false) > throttle.delayFor("203.0.113.250", false),
                "the delay grows with the failures");
        assertEquals(0, throttle.delayFor(address, true), "a known browser is not slowed");

        assertTrue(
                signIn.signIn(email, PASSWORD.toCharArray(), SignInService.Attempt.from(address))
                        .isEmpty(),
                "past the threshold even the right password of another account is refused from that address");
        assertEquals(
                1,
                ((Number) em.createNativeQuery("SELECT count(*) FROM security_event WHERE remote_address = ?"
                                        + " AND event_type = 'SIGN_IN_THROTTLED' AND detail = 'REFUSED'")
                                .setParameter(1, address)
                                .getSingleResult())
                        .intValue(),
                "the security log says so");
        assertTrue(
                signIn.signIn(email, PASSWORD.toCharArray(), new SignInService.Attempt(address, true, 0))
                        .isPresent(),
                "a browser that signed in here before is not refused");
        assertTrue(
                signIn.signIn(email, PASSWORD.toCharArray(), SignInService.Attempt.from("203.0.113.251"))
                        .isPresent(),
                "another address is not affected");
    }

    private void failAt(String email, Instant at) {
        time.use(Clock.fixed(at, ZoneOffset.UTC));
        assertTrue(signIn.signIn(email, "wrong password here".toCharArray(), SignInService.Attempt.from("10.0.0.8"))
                .isEmpty());
    }

    private int failedAttempts(long accountId) {
        return ((Number) em.createNativeQuery("SELECT failed_attempts FROM account WHERE id = ?")
                        .setParameter(1, accountId)
                        .getSingleResult())
                .intValue();
    }

    private long eventCount(long accountId, String type) {
        return ((Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM security_event WHERE account_id = ? AND event_type = ?")
                        .setParameter(1, accountId)
                        .setParameter(2, type)
                        .getSingleResult())
                .longValue();
    }

    @Test
    void badInputIsRefusedWithItsMessageAndNothingIsSaved() throws Exception {
        String email = uniqueEmail();
        Map<String, Work> cases = new LinkedHashMap<>();
        cases.put(
                "account.emailInvalid",
                () -> accounts.create("not-an-email", "Name", EnumSet.of(Role.COACH), PASSWORD));
        cases.put("account.nameRequired", () -> accounts.create(email, "  ", EnumSet.of(Role.COACH), PASSWORD));
        cases.put(
                "account.nameTooLong", () -> accounts.create(email, "n".repeat(121), EnumSet.of(Role.COACH), PASSWORD));
        cases.put("account.roleRequired", () -> accounts.create(email, "Name", EnumSet.noneOf(Role.class), PASSWORD));
        cases.put("password.tooShort", () -> accounts.create(email, "Name", EnumSet.of(Role.COACH), "short"));
        cases.put("password.common", () -> accounts.create(email, "Name", EnumSet.of(Role.COACH), "passwordpassword"));
        for (Map.Entry<String, Work> c : cases.entrySet()) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> asAdmin.run(c.getValue()), c.getKey());
            assertEquals(c.getKey(), refused.getMessageKey());
        }
        long saved = (Long) em.createQuery("select count(a) from Account a where a.email = :e")
                .setParameter("e", email)
                .getSingleResult();
        assertEquals(0, saved);
    }

    @Test
    void aCoachIsRefusedEveryAdministratorOnlyServiceMethod() throws Exception {
        long someone = asAdmin.call(() -> accounts.create(uniqueEmail(), "Target", EnumSet.of(Role.COACH), PASSWORD)
                .getId());
        Map<String, Work> adminOnly = new TreeMap<>();
        adminOnly.put("AccountService.list", () -> accounts.list(0, 10));
        adminOnly.put("AccountService.count", () -> accounts.count());
        adminOnly.put("AccountService.find", () -> accounts.find(someone));
        adminOnly.put(
                "AccountService.create", () -> accounts.create(uniqueEmail(), "X", EnumSet.of(Role.ADMIN), PASSWORD));
        adminOnly.put("AccountService.rename", () -> accounts.rename(someone, "Renamed"));
        adminOnly.put("AccountService.changeRoles", () -> accounts.changeRoles(someone, EnumSet.of(Role.ADMIN)));
        adminOnly.put("AccountService.deactivate", () -> accounts.deactivate(someone));
        adminOnly.put("AccountService.reactivate", () -> accounts.reactivate(someone));
        adminOnly.put("AccountService.setOneTimePassword", () -> accounts.setOneTimePassword(someone, PASSWORD));
        adminOnly.put("SecurityLogService.list", () -> securityLog().list(null, null, 0, 10));
        adminOnly.put("SecurityLogService.count", () -> securityLog().count(null, null));
        assertEquals(
                adminOnlyMethods(AccountService.class, SecurityLogService.class),
                adminOnly.keySet(),
                "every administrator-only method is in the table");
        for (Map.Entry<String, Work> call : adminOnly.entrySet()) {
            assertThrows(EJBAccessException.class, () -> asCoach.run(call.getValue()), call.getKey());
        }
        Account untouched = asAdmin.call(() -> accounts.find(someone));
        assertEquals("Target", untouched.getDisplayName());
        assertEquals(EnumSet.of(Role.COACH), untouched.getRoles());
        assertTrue(untouched.isActive());
    }

    @Inject
    private SecurityLogService securityLogService;

    /** Public methods allowed to ADMIN only, by the class's or the method's own @RolesAllowed. */
    private static Set<String> adminOnlyMethods(Class<?>... services) {
        Set<String> names = new TreeSet<>();
        for (Class<?> service : services) {
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class) != null
                        ? method.getAnnotation(RolesAllowed.class)
                        : service.getAnnotation(RolesAllowed.class);
                if (List.of(allowed.value()).equals(List.of(Role.ADMIN_NAME))) {
                    names.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        return names;
    }

    private SecurityLogService securityLog() {
        return securityLogService;
    }
}
