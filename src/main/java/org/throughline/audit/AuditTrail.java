package org.throughline.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.throughline.identity.Role;
import org.throughline.shared.TimeSource;

/**
 * The append-only audit trail. Services record every write of confidential content and every read
 * by someone other than its author, in the same transaction as the work itself. Appends are
 * serialised on one head row, so the hash chain never forks. Nothing here changes an entry; the
 * retention rule on audit entries removes the oldest ones, and the chain then starts after them.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COACH_NAME, Role.SUPERVISOR_NAME})
public class AuditTrail {

    private static final int VERIFY_BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private TimeSource time;

    /** Appends one entry for the signed-in person acting in {@code role}. */
    public AuditEntry record(
            Role role,
            AuditEntry.Action action,
            AuditEntry.RecordType type,
            long recordId,
            Long engagementId,
            String reason) {
        String previous = (String) em.createNativeQuery("select last_hash from audit_head where id = 1 for update")
                .getSingleResult();
        Long actorId = em.createQuery("select a.id from Account a where a.email = :me", Long.class)
                .setParameter("me", caller.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .orElse(null);
        AuditEntry entry =
                new AuditEntry(time.now(), actorId, role, action, type, recordId, engagementId, reason, previous);
        em.persist(entry);
        em.createNativeQuery("update audit_head set last_hash = ? where id = 1")
                .setParameter(1, entry.getHash())
                .executeUpdate();
        return entry;
    }

    /** Entries newest first, optionally of one action, one record type and one engagement. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditRow> list(
            AuditEntry.Action action, AuditEntry.RecordType type, Long engagementId, int first, int size) {
        return filtered(
                        "select new org.throughline.audit.AuditRow(e, a.displayName) from AuditEntry e"
                                + " left join Account a on a.id = e.actorId",
                        action,
                        type,
                        engagementId,
                        AuditRow.class,
                        " order by e.id desc")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long count(AuditEntry.Action action, AuditEntry.RecordType type, Long engagementId) {
        return filtered("select count(e) from AuditEntry e", action, type, engagementId, Long.class, "")
                .getSingleResult();
    }

    /**
     * Walks the whole chain in order and reports every entry that was changed, every gap, and a
     * missing end. An empty list means the trail is intact.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditProblem> verify() {
        List<AuditProblem> problems = new ArrayList<>();
        String expectedPrevious = (String) em.createNativeQuery("select chain_start from audit_head where id = 1")
                .getSingleResult();
        long after = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery(
                            "select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            for (AuditEntry entry : batch) {
                if (!entry.getHash().equals(entry.computeHash())) {
                    problems.add(new AuditProblem(entry.getId(), AuditProblem.Kind.CHANGED));
                } else if (!entry.getPreviousHash().equals(expectedPrevious)) {
                    problems.add(new AuditProblem(entry.getId(), AuditProblem.Kind.BROKEN_LINK));
                }
                expectedPrevious = entry.getHash();
                after = entry.getId();
            }
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        String head = (String) em.createNativeQuery("select last_hash from audit_head where id = 1")
                .getSingleResult();
        if (!head.equals(expectedPrevious)) {
            problems.add(new AuditProblem(after == 0 ? null : after, AuditProblem.Kind.MISSING_END));
        }
        return problems;
    }

    /**
     * Removes the oldest entries, up to and including {@code lastId}, for the retention rule on audit
     * entries. The chain then starts from the hash of the last removed entry, so what remains still
     * verifies. Only ever a prefix: a removed entry in the middle would show as a broken link.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public int forgetUpTo(long lastId) {
        em.createNativeQuery("select last_hash from audit_head where id = 1 for update")
                .getSingleResult();
        String lastHash = (String) em.createNativeQuery("select hash from audit_entry where id = ?")
                .setParameter(1, lastId)
                .getSingleResult();
        em.createNativeQuery("update audit_head set chain_start = ? where id = 1")
                .setParameter(1, lastHash)
                .executeUpdate();
        return em.createNativeQuery("delete from audit_entry where id <= ?")
                .setParameter(1, lastId)
                .executeUpdate();
    }

    private <T> TypedQuery<T> filtered(
            String select,
            AuditEntry.Action action,
            AuditEntry.RecordType type,
            Long engagementId,
            Class<T> result,
            String order) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        if (action != null) {
            jpql.append(" and e.action = :action");
        }
        if (type != null) {
            jpql.append(" and e.recordType = :type");
        }
        if (engagementId != null) {
            jpql.append(" and e.engagementId = :engagement");
        }
        TypedQuery<T> query = em.createQuery(jpql + order, result);
        if (action != null) {
            query.setParameter("action", action);
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        if (engagementId != null) {
            query.setParameter("engagement", engagementId);
        }
        return query;
    }
}
