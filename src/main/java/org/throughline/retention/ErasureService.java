package org.throughline.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.throughline.audit.AuditEntry;
import org.throughline.audit.AuditTrail;
import org.throughline.engagement.Client;
import org.throughline.identity.Role;
import org.throughline.policy.AccessGuard;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.SealedColumn;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * Erasure requests: one administrator asks, a second approves, and the purge carries the request
 * out once the grace period has passed, unless it was withdrawn or the client has an engagement on
 * legal hold at the time.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ErasureService {

    @Inject
    private ContentCipher cipher;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    public ErasureRequest request(long clientId, String reason) {
        Client client = Optional.ofNullable(em.find(Client.class, clientId))
                .orElseThrow(() -> new RuleViolation("client.notFound"));
        String text = reason == null ? "" : reason.strip();
        if (text.length() < ErasureRequest.MIN_REASON || text.length() > ErasureRequest.MAX_REASON) {
            throw new RuleViolation("erasure.reasonLength", ErasureRequest.MIN_REASON, ErasureRequest.MAX_REASON);
        }
        if (requestsOf(clientId).stream().anyMatch(row -> row.getRequest().isOpen())) {
            throw new RuleViolation("erasure.alreadyRequested");
        }
        ErasureRequest request =
                new ErasureRequest(clientId, client.getPseudonym(), text, guard.signedInId(), time.now());
        em.persist(request);
        RuleViolation.flushOrRefuse(em, "erasure.alreadyRequested");
        request.sealReason(cipher.seal(SealedColumn.ERASURE_REASON, request.getId(), text));
        audit.record(
                Role.ADMIN,
                AuditEntry.Action.CREATE,
                AuditEntry.RecordType.ERASURE_REQUEST,
                request.getId(),
                null,
                "Reason kept sealed with the request");
        return request;
    }

    /** Approval by an administrator other than the one who asked; the grace period starts now. */
    public ErasureRequest approve(long requestId, long version) {
        ErasureRequest request = find(requestId, version);
        int graceDays = em.find(RetentionSettings.class, RetentionSettings.ID).getErasureGraceDays();
        request.approve(guard.signedInId(), time.now(), Duration.ofDays(graceDays));
        audit.record(
                Role.ADMIN,
                AuditEntry.Action.UPDATE,
                AuditEntry.RecordType.ERASURE_REQUEST,
                requestId,
                null,
                "Approved");
        return request;
    }

    public ErasureRequest withdraw(long requestId, long version) {
        ErasureRequest request = find(requestId, version);
        request.withdraw(guard.signedInId(), time.now());
        audit.record(
                Role.ADMIN,
                AuditEntry.Action.UPDATE,
                AuditEntry.RecordType.ERASURE_REQUEST,
                requestId,
                null,
                "Withdrawn");
        return request;
    }

    /** Requests not yet carried out or withdrawn, oldest first. */
    public List<ErasureRow> open() {
        return rows(
                "r.status in :statuses order by r.requestedAt",
                "statuses",
                List.of(ErasureRequest.Status.REQUESTED, ErasureRequest.Status.APPROVED));
    }

    /** Every request about one client, newest first. */
    public List<ErasureRow> requestsOf(long clientId) {
        return rows("r.clientId = :client order by r.requestedAt desc", "client", clientId);
    }

    private List<ErasureRow> rows(String condition, String parameter, Object value) {
        return em.createQuery(
                        "select new org.throughline.retention.ErasureRow(r, a.displayName, b.displayName,"
                                + " (select count(h) from LegalHold h, Engagement e where h.engagementId = e.id"
                                + " and e.client.id = r.clientId and h.releasedAt is null))"
                                + " from ErasureRequest r join Account a on a.id = r.requestedBy"
                                + " left join Account b on b.id = r.approvedBy where " + condition,
                        ErasureRow.class)
                .setParameter(parameter, value)
                .getResultStream()
                .peek(row -> row.getRequest()
                        .show(cipher.open(
                                SealedColumn.ERASURE_REASON,
                                row.getRequest().getId(),
                                row.getRequest().getSealedReason())))
                .toList();
    }

    /** True when an engagement of the client is on legal hold, so an erasure waits. */
    public boolean clientHeld(long clientId) {
        return em.createQuery(
                                "select count(h) from LegalHold h, Engagement e where h.engagementId = e.id"
                                        + " and e.client.id = :c and h.releasedAt is null",
                                Long.class)
                        .setParameter("c", clientId)
                        .getSingleResult()
                > 0;
    }

    private ErasureRequest find(long requestId, long version) {
        ErasureRequest request = Optional.ofNullable(em.find(ErasureRequest.class, requestId))
                .orElseThrow(() -> new RuleViolation("erasure.notFound"));
        if (request.getVersion() != version) {
            throw new RuleViolation("erasure.changedElsewhere");
        }
        return request;
    }
}
