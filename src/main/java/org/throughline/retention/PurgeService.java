package org.throughline.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.throughline.identity.Role;
import org.throughline.policy.AccessGuard;
import org.throughline.shared.TimeSource;

/**
 * The purge: applies every retention rule and carries out the erasure requests that are due. Runs
 * nightly and on demand; whichever instance takes the lease row runs it, any other caller at the
 * same time does nothing. Works batch after batch, each its own transaction, so a long run neither
 * holds locks for long nor loses finished batches when it stops.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurgeService {

    private static final Logger LOG = Logger.getLogger(PurgeService.class.getName());

    @Inject
    private PurgeSteps steps;

    @Inject
    private AccessGuard guard;

    @Inject
    private RetentionWarning warning;

    @Inject
    private TimeSource time;

    /** Run now by the signed-in administrator; returns when the run is over. */
    public PurgeOutcome runNow() {
        return run(guard.signedInId(), Role.ADMIN);
    }

    /**
     * Starts a run by the signed-in administrator in the background and returns at once, so that no
     * page waits for a long run; its receipts show on the Retention page when it is over.
     */
    @Asynchronous
    public void start() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A purge started on demand failed; finished batches stay done", e);
        }
    }

    /** The nightly run, started by the schedule rather than by a person; then the warning of what comes due soon. */
    public PurgeOutcome runNightly() {
        PurgeOutcome outcome = run(null, null);
        if (outcome.isRan()) {
            warning.warnAdministrators();
        }
        return outcome;
    }

    private PurgeOutcome run(Long startedBy, Role actingRole) {
        String holder = UUID.randomUUID().toString();
        if (!steps.takeLease(holder)) {
            LOG.info("Purge not started: another run holds the lease");
            return new PurgeOutcome(false, List.of());
        }
        try {
            Instant now = time.now();
            long runId = steps.startRun(startedBy, now);
            List<PurgeReceipt> receipts = new ArrayList<>();
            for (Category category : Category.values()) {
                int total = 0;
                try {
                    for (PurgeSteps.Batch batch = steps.batch(category, now, holder, actingRole, 0);
                            batch.done() > 0;
                            batch = steps.batch(category, now, holder, actingRole, batch.lastId())) {
                        total += batch.done();
                    }
                } catch (EJBException e) {
                    // that batch is rolled back; the batches before it stay done, the next run goes on
                    LOG.log(Level.SEVERE, "Purge run " + runId + ": a batch of " + category + " failed", e);
                    steps.categoryFailed(runId, category);
                }
                receipts.add(steps.receipt(runId, category, total, now));
            }
            for (long request : steps.erasuresDue(now)) {
                try {
                    receipts.addAll(steps.erase(request, runId, now, holder, actingRole));
                } catch (EJBException e) {
                    LOG.log(Level.SEVERE, "Purge run " + runId + ": erasure request " + request + " failed", e);
                    steps.categoryFailed(runId, Category.CLIENT_RECORDS);
                }
            }
            steps.finishRun(runId, time.now());
            LOG.info(() -> "Purge run " + runId + " finished: "
                    + receipts.stream().mapToInt(PurgeReceipt::getHowMany).sum() + " records");
            return new PurgeOutcome(true, receipts);
        } finally {
            steps.releaseLease(holder);
        }
    }
}
