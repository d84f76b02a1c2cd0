package org.throughline.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.throughline.shared.TimeSource;

/**
 * At start-up, on a database with no account yet, creates the first administrator from configuration
 * ({@code THROUGHLINE_ADMIN_EMAIL}, {@code THROUGHLINE_ADMIN_PASSWORD}). Without them the application
 * refuses to start and says why: nobody could ever sign in. It has no methods anyone can call.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RolesAllowed(Role.ADMIN_NAME)
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    @Inject
    @ConfigProperty(name = "throughline.admin.email")
    private Optional<String> email;

    @Inject
    @ConfigProperty(name = "throughline.admin.password")
    private Optional<String> password;

    @PostConstruct
    void ensureOne() {
        long accounts = em.createNamedQuery("Account.count", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        String address = SignInService.normalize(email.orElse(""));
        String secret = password.orElse("");
        if (address.isEmpty() || secret.isEmpty()) {
            refuse("the database has no account yet. Set THROUGHLINE_ADMIN_EMAIL and THROUGHLINE_ADMIN_PASSWORD"
                    + " to create the first administrator.");
        }
        Optional<String> problem = new PasswordPolicy().problem(secret);
        if (problem.isPresent()) {
            refuse("THROUGHLINE_ADMIN_PASSWORD is not acceptable (" + problem.get()
                    + "): use 12 to 128 characters that are not a common password.");
        }
        Account admin = new Account(
                address,
                "Administrator",
                EnumSet.of(Role.ADMIN),
                new PasswordHasher().hash(secret.toCharArray()),
                time.now());
        em.persist(admin);
        em.flush();
        em.persist(new SecurityEvent(
                SecurityEvent.Type.ACCOUNT_CREATED,
                admin,
                address,
                null,
                "configuration",
                Role.ADMIN.name(),
                time.now()));
        LOG.info("Created the first administrator account from configuration.");
    }

    private static void refuse(String why) {
        String message = "Throughline cannot start: " + why;
        LOG.severe(message);
        throw new IllegalStateException(message);
    }
}
