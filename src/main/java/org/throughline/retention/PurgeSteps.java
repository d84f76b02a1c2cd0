package org.throughline.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.throughline.audit.AuditEntry;
import org.throughline.audit.AuditTrail;
import org.throughline.identity.Role;
import org.throughline.shared.TimeSource;

/**
 * The steps of a purge run, each in its own short transaction, so that the application stays
 * responsive while a run goes on: the lease, one batch of one category, one erasure, the receipts.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurgeSteps {

    static final int BATCH = 2000;
    static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    /** Takes the lease unless another run holds one that has not expired. */
    public boolean takeLease(String holder) {
        Instant now = time.now();
        return em.createNativeQuery("update purge_lease set holder = ?, expires_at = ? where id = 1"
                                + " and (holder is null or expires_at <= ?)")
                        .setParameter(1, holder)
                        .setParameter(2, DueRecords.utc(now.plus(LEASE)))
                        .setParameter(3, DueRecords.utc(now))
                        .executeUpdate()
                == 1;
    }

    public void releaseLease(String holder) {
        em.createNativeQuery("update purge_lease set holder = null, expires_at = null where id = 1 and holder = ?")
                .setParameter(1, holder)
                .executeUpdate();
    }

    public long startRun(Long startedBy, Instant now) {
        PurgeRun run = new PurgeRun(startedBy, now);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public void finishRun(long runId, Instant now) {
        em.find(PurgeRun.class, runId).finish(now);
    }

    /** Notes that the run could not finish this kind of record (its failed batch was rolled back). */
    public void categoryFailed(long runId, Category category) {
        em.find(PurgeRun.class, runId).failed(category);
    }

    /** How many records one batch carried out, and the id of the last, after which the next batch starts. */
    public record Batch(int done, long lastId) {}

    /**
     * Disposes of one batch of the category's records due at {@code now} whose ids come after
     * {@code after}, and records a PURGE entry for each (one for a batch of audit entries), all the
     * entries of the batch in a few statements. {@code done} is 0 when nothing is left. Refused when the
     * lease was lost, so that two runs never work at once.
     */
    public Batch batch(Category category, Instant now, String holder, Role actingRole, long after) {
        keepLease(holder);
        RetentionRule rule = em.find(RetentionRule.class, category);
        int limit = category == Category.AUDIT_ENTRIES ? BATCH * 5 : BATCH;
        List<Object[]> due = DueRecords.due(em, rule, now, limit, after);
        if (due.isEmpty()) {
            return new Batch(0, after);
        }
        Map<Long, Long> engagementByRecord = new LinkedHashMap<>();
        for (Object[] row : due) {
            engagementByRecord.put(
                    ((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue());
        }
        List<Long> ids = new ArrayList<>(engagementByRecord.keySet());
        long last = ids.get(ids.size() - 1);
        String reason = "Retention rule: " + category + ", " + rule.getMonths() + " months after "
                + rule.getStartEvent() + ", " + rule.getDisposal();
        if (category == Category.AUDIT_ENTRIES) {
            int removed = audit.forgetUpTo(last);
            audit.record(
                    actingRole,
                    AuditEntry.Action.PURGE,
                    category.recordType(),
                    last,
                    null,
                    reason + ": " + removed + " entries up to this one");
            return new Batch(removed, last);
        }
        new Disposer(em).dispose(category, rule.getDisposal(), ids, now);
        audit.recordAll(actingRole, AuditEntry.Action.PURGE, category.recordType(), engagementByRecord, reason);
        return new Batch(ids.size(), last);
    }

    /** The receipt of one category of a run. */
    public PurgeReceipt receipt(long runId, Category category, int howMany, Instant now) {
        PurgeReceipt receipt = new PurgeReceipt(runId, em.find(RetentionRule.class, category), howMany, now);
        em.persist(receipt);
        return receipt;
    }

    /** Approved erasure requests whose grace period has passed and whose client has no engagement on hold. */
    public List<Long> erasuresDue(Instant now) {
        return em.createQuery(
                        "select r.id from ErasureRequest r where r.status = :approved and r.dueAt <= :now"
                                + " and not exists (select h from LegalHold h, Engagement e where h.engagementId = e.id"
                                + " and e.client.id = r.clientId and h.releasedAt is null) order by r.id",
                        Long.class)
                .setParameter("approved", ErasureRequest.Status.APPROVED)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Carries out one erasure request: everything about the client goes; receipts per category. The
     * request is locked and looked at again first: one withdrawn since it was found due is left alone,
     * and so is a client with an engagement put on hold meanwhile (none then, no receipts).
     */
    public List<PurgeReceipt> erase(long requestId, long runId, Instant now, String holder, Role actingRole) {
        keepLease(holder);
        ErasureRequest request = em.find(ErasureRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null
                || request.getStatus() != ErasureRequest.Status.APPROVED
                || request.getDueAt().isAfter(now)) {
            return List.of();
        }
        Map<Category, Integer> counts = new Disposer(em).eraseClient(request.getClientId());
        if (counts.isEmpty()) {
            return List.of(); // on hold now: the erasure waits
        }
        request.carriedOut(now);
        request.sealReason(null); // the reason may describe the client: it goes with the client's records
        audit.record(
                actingRole,
                AuditEntry.Action.PURGE,
                AuditEntry.RecordType.CLIENT,
                request.getClientId(),
                null,
                "Erasure request " + requestId + " carried out");
        List<PurgeReceipt> receipts = new ArrayList<>();
        counts.forEach((category, howMany) -> {
            PurgeReceipt receipt = new PurgeReceipt(runId, requestId, category, howMany, now);
            em.persist(receipt);
            receipts.add(receipt);
        });
        return receipts;
    }

    private void keepLease(String holder) {
        Instant now = time.now();
        int kept = em.createNativeQuery("update purge_lease set expires_at = ? where id = 1 and holder = ?")
                .setParameter(1, DueRecords.utc(now.plus(LEASE)))
                .setParameter(2, holder)
                .executeUpdate();
        if (kept != 1) {
            throw new IllegalStateException("The purge lease was lost; this run stops");
        }
    }
}
