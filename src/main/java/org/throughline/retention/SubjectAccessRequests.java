package org.throughline.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
 * Subject access requests, like erasure requests: one administrator records the request as it was
 * received, a second approves it, and only then can the file be made ({@link SubjectAccessService}).
 * The coach of every engagement of the client sees on the engagement page that the client's records
 * were given out, by whom and when, under which request.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SubjectAccessRequests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @Inject
    private ContentCipher cipher;

    @Inject
    private TimeSource time;

    public SubjectAccessRequest request(long clientId, String reference, LocalDate receivedOn, String identityCheck) {
        Client client = Optional.ofNullable(em.find(Client.class, clientId))
                .orElseThrow(() -> new RuleViolation("client.notFound"));
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty() || ref.length() > SubjectAccessRequest.MAX_REFERENCE) {
            throw new RuleViolation("subjectAccess.referenceLength", SubjectAccessRequest.MAX_REFERENCE);
        }
        if (receivedOn == null || receivedOn.isAfter(today())) {
            throw new RuleViolation("subjectAccess.receivedOnInvalid");
        }
        String check = identityCheck == null ? "" : identityCheck.strip();
        if (check.length() < SubjectAccessRequest.MIN_TEXT
                || check.length() > SubjectAccessRequest.MAX_IDENTITY_CHECK) {
            throw new RuleViolation(
                    "subjectAccess.identityCheckLength",
                    SubjectAccessRequest.MIN_TEXT,
                    SubjectAccessRequest.MAX_IDENTITY_CHECK);
        }
        if (!em.createQuery(
                        "select r.id from SubjectAccessRequest r where r.clientId = :c and r.status = :waiting",
                        Long.class)
                .setParameter("c", clientId)
                .setParameter("waiting", SubjectAccessRequest.Status.REQUESTED)
                .getResultList()
                .isEmpty()) {
            throw new RuleViolation("subjectAccess.alreadyRequested");
        }
        SubjectAccessRequest request = new SubjectAccessRequest(
                clientId, client.getPseudonym(), ref, receivedOn, check, guard.signedInId(), time.now());
        em.persist(request);
        RuleViolation.flushOrRefuse(em, "subjectAccess.alreadyRequested");
        request.seal(cipher.seal(SealedColumn.ACCESS_IDENTITY_CHECK, request.getId(), check), null);
        record(request, AuditEntry.Action.CREATE, "Received " + receivedOn + ", reference " + ref);
        return request;
    }

    /** Approval by an administrator other than the one who recorded it; the file can be made for 7 days. */
    public SubjectAccessRequest approve(long requestId, long version) {
        SubjectAccessRequest request = find(requestId, version);
        request.approve(guard.signedInId(), time.now());
        record(request, AuditEntry.Action.UPDATE, "Approved");
        return request;
    }

    /** The one extension of the deadline, with the reason the client must be told. */
    public SubjectAccessRequest extend(long requestId, long version, LocalDate to, String reason) {
        SubjectAccessRequest request = find(requestId, version);
        request.extend(to, reason);
        request.seal(
                request.getSealedIdentityCheck(),
                cipher.seal(SealedColumn.ACCESS_EXTENSION_REASON, request.getId(), request.getExtensionReason()));
        record(request, AuditEntry.Action.UPDATE, "Deadline extended to " + to);
        return request;
    }

    /** Every request about one client, newest first. */
    public List<SubjectAccessRow> requestsOf(long clientId) {
        return rows("r.clientId = :v order by r.requestedAt desc", clientId);
    }

    /** Requests waiting for approval, the nearest deadline first. */
    public List<SubjectAccessRow> waiting() {
        return rows("r.status = :v order by r.dueOn", SubjectAccessRequest.Status.REQUESTED);
    }

    /**
     * For the coach: the approved requests of the client of one of their engagements, newest first;
     * none for an engagement that is not theirs (scoped in the query).
     */
    @RolesAllowed(Role.COACH_NAME)
    public List<SubjectAccessRow> givenOutFromMyEngagement(long engagementId) {
        return rows(
                "r.status = :v and r.clientId in (select e.client.id from Engagement e where e.id = :engagement"
                        + " and e.coach.id = :me) order by r.approvedAt desc",
                SubjectAccessRequest.Status.APPROVED,
                Map.of("engagement", engagementId, "me", guard.signedInId()));
    }

    /** Today's date in UTC, for deadlines. */
    public LocalDate today() {
        return LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
    }

    private List<SubjectAccessRow> rows(String condition, Object value) {
        return rows(condition, value, Map.of());
    }

    private List<SubjectAccessRow> rows(String condition, Object value, Map<String, Object> more) {
        TypedQuery<SubjectAccessRow> query = em.createQuery(
                        "select new org.throughline.retention.SubjectAccessRow(r, a.displayName, b.displayName)"
                                + " from SubjectAccessRequest r join Account a on a.id = r.requestedBy"
                                + " left join Account b on b.id = r.approvedBy where " + condition,
                        SubjectAccessRow.class)
                .setParameter("v", value);
        more.forEach(query::setParameter);
        return query.getResultStream().peek(row -> opened(row.getRequest())).toList();
    }

    private void opened(SubjectAccessRequest request) {
        request.shown(
                cipher.open(SealedColumn.ACCESS_IDENTITY_CHECK, request.getId(), request.getSealedIdentityCheck()),
                cipher.open(SealedColumn.ACCESS_EXTENSION_REASON, request.getId(), request.getSealedExtensionReason()));
    }

    private SubjectAccessRequest find(long requestId, long version) {
        SubjectAccessRequest request = Optional.ofNullable(em.find(SubjectAccessRequest.class, requestId))
                .orElseThrow(() -> new RuleViolation("subjectAccess.notFound"));
        if (request.getVersion() != version) {
            throw new RuleViolation("subjectAccess.changedElsewhere");
        }
        return request;
    }

    private void record(SubjectAccessRequest request, AuditEntry.Action action, String what) {
        audit.record(Role.ADMIN, action, AuditEntry.RecordType.SUBJECT_ACCESS_REQUEST, request.getId(), null, what);
    }
}
