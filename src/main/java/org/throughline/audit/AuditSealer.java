package org.throughline.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.throughline.identity.Role;

/**
 * Seals waiting audit entries into blocks every {@code THROUGHLINE_AUDIT_SEAL_SECONDS} seconds (default 5).
 * Every instance has this timer; they take turns on one database row, so each entry is sealed once and
 * blocks never fork.
 */
@Singleton
@Startup
@RunAs(Role.ADMIN_NAME)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private AuditTrail trail;

    @Inject
    @ConfigProperty(name = "throughline.audit.seal-seconds", defaultValue = "5")
    private int seconds;

    @PostConstruct
    void schedule() {
        long every = Math.max(1, seconds) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("audit sealer", false));
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    @Timeout
    void seal() {
        try {
            trail.sealWaiting();
        } catch (RuntimeException e) {
            // one line: while the database is away this comes every few seconds
            LOG.warning("Audit entries not sealed this time (" + rootCause(e) + "); the next run tries again");
        }
    }
}
