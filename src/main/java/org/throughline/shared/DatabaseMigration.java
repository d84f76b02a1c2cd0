package org.throughline.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.throughline.identity.Role;

/**
 * Brings the schema up to date at start-up with the migrations of {@code sql/migration}, then, in demo
 * mode only, loads the demo data of {@code sql/demo} (kept in its own history table, so each demo
 * script runs once). It has no methods anyone can call.
 */
@Singleton
@RolesAllowed(Role.ADMIN_NAME)
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/throughline")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "throughline.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void migrate() {
        int applied = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
        LOG.info(() -> "Schema migrations applied: " + applied);
        if (demo) {
            int loaded = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/demo")
                    .table("flyway_demo_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate()
                    .migrationsExecuted;
            LOG.info(() -> "Demo mode: demo data scripts loaded now: " + loaded);
        }
    }
}
