package org.throughline.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * Managing accounts (administrators) and one's own account (everyone signed in). Every change that
 * matters to security goes to the security log; changes that take rights away end the account's
 * open sessions at their next request.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** The demo accounts' domain; the demo acts as them (org.throughline.demo), so no one else may hold it. */
    private static final String DEMO_DOMAIN = "@demo.test";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private TimeSource time;

    @Inject
    private RequestOrigin origin;

    @Inject
    @ConfigProperty(name = "throughline.demo", defaultValue = "false")
    private boolean demo;

    private final PasswordHasher hasher = new PasswordHasher();
    private final PasswordPolicy policy = new PasswordPolicy();

    /** Accounts ordered by display name, one page at a time. */
    public List<Account> list(int first, int size) {
        return em.createQuery("select a from Account a order by a.displayName, a.id", Account.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery("Account.count", Long.class).getSingleResult();
    }

    public Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new RuleViolation("account.notFound");
        }
        return account;
    }

    /** Creates an account whose one-time password must be changed at first sign-in. */
    public Account create(String email, String displayName, Set<Role> roles, String oneTimePassword) {
        String normalized = SignInService.normalize(email);
        if (normalized.isEmpty()
                || normalized.length() > Account.MAX_EMAIL
                || !EMAIL.matcher(normalized).matches()) {
            throw new RuleViolation("account.emailInvalid");
        }
        if (!demo && normalized.endsWith(DEMO_DOMAIN)) {
            throw new RuleViolation("account.emailDemoOnly");
        }
        String name = checkName(displayName);
        checkRoles(roles);
        checkPassword(oneTimePassword);
        boolean taken = !em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", normalized)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new RuleViolation("account.emailTaken");
        }
        Instant now = time.now();
        Account account = new Account(normalized, name, roles, hasher.hash(oneTimePassword.toCharArray()), now);
        account.setPassword(account.getPasswordHash(), true);
        em.persist(account);
        em.flush();
        log(SecurityEvent.Type.ACCOUNT_CREATED, account, describe(roles));
        return account;
    }

    public Account rename(long id, String displayName) {
        Account account = changeable(id);
        account.setDisplayName(checkName(displayName));
        return account;
    }

    public Account changeRoles(long id, Set<Role> roles) {
        checkRoles(roles);
        Account account = changeable(id);
        if (account.getRoles().equals(EnumSet.copyOf(roles))) {
            return account;
        }
        if (isCaller(account) && !roles.contains(Role.ADMIN)) {
            throw new RuleViolation("account.cannotDropOwnAdmin");
        }
        account.setRoles(roles);
        account.endOpenSessions();
        log(SecurityEvent.Type.ROLES_CHANGED, account, describe(roles));
        return account;
    }

    public Account deactivate(long id) {
        Account account = find(id);
        if (isCaller(account)) {
            throw new RuleViolation("account.cannotDeactivateSelf");
        }
        if (account.isActive()) {
            account.setActive(false, time.now());
            account.endOpenSessions();
            log(SecurityEvent.Type.ACCOUNT_DEACTIVATED, account, null);
        }
        return account;
    }

    public Account reactivate(long id) {
        Account account = changeable(id);
        if (!account.isActive()) {
            account.setActive(true, time.now());
            log(SecurityEvent.Type.ACCOUNT_REACTIVATED, account, null);
        }
        return account;
    }

    /** Sets a one-time password; the user must choose a new one at next sign-in. Unlocks the account. */
    public Account setOneTimePassword(long id, String oneTimePassword) {
        checkPassword(oneTimePassword);
        Account account = changeable(id);
        account.setPassword(hasher.hash(oneTimePassword.toCharArray()), true);
        account.recordSuccess();
        account.endOpenSessions();
        log(SecurityEvent.Type.ONE_TIME_PASSWORD_SET, account, null);
        return account;
    }

    /** The account, unless the retention rules anonymised it: then it is never changed or used again. */
    private Account changeable(long id) {
        Account account = find(id);
        if (account.isAnonymised()) {
            throw new RuleViolation("account.anonymised");
        }
        return account;
    }

    /** The signed-in user's own account. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COACH_NAME, Role.SUPERVISOR_NAME})
    public Account me() {
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", caller.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation("account.notFound"));
    }

    /**
     * Changes the signed-in user's own password. Other open sessions of the account end; returns the
     * new session stamp for the session that made the change.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COACH_NAME, Role.SUPERVISOR_NAME})
    public int changeOwnPassword(String currentPassword, String newPassword) {
        Account account = me();
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new RuleViolation("password.currentWrong");
        }
        checkPassword(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new RuleViolation("password.sameAsCurrent");
        }
        account.setPassword(hasher.hash(newPassword.toCharArray()), false);
        account.endOpenSessions();
        log(SecurityEvent.Type.PASSWORD_CHANGED, account, null);
        return account.getSessionStamp();
    }

    private boolean isCaller(Account account) {
        return account.getEmail().equals(caller.getCallerPrincipal().getName());
    }

    private static String checkName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new RuleViolation("account.nameRequired");
        }
        if (name.length() > Account.MAX_NAME) {
            throw new RuleViolation("account.nameTooLong", Account.MAX_NAME);
        }
        return name;
    }

    private static void checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation("account.roleRequired");
        }
    }

    private void checkPassword(String password) {
        policy.problem(password).ifPresent(key -> {
            throw new RuleViolation(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
    }

    private static String describe(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private void log(SecurityEvent.Type type, Account account, String detail) {
        em.persist(new SecurityEvent(
                type,
                account,
                account.getEmail(),
                caller.getCallerPrincipal().getName(),
                origin.address(),
                detail,
                time.now()));
    }
}
