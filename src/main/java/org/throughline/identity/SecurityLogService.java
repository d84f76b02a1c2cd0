package org.throughline.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

/** Reading the security log (administrators). Filters and paging are done in the database. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SecurityLogService {

    @PersistenceContext
    private EntityManager em;

    /**
     * Newest first.
     *
     * @param emailContains part of the e-mail, or null for all
     * @param type one kind of event, or null for all
     */
    public List<SecurityEvent> list(String emailContains, SecurityEvent.Type type, int first, int size) {
        TypedQuery<SecurityEvent> query = em.createQuery(
                "select e from SecurityEvent e" + where(emailContains, type) + " order by e.occurredAt desc, e.id desc",
                SecurityEvent.class);
        bind(query, emailContains, type);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String emailContains, SecurityEvent.Type type) {
        TypedQuery<Long> query =
                em.createQuery("select count(e) from SecurityEvent e" + where(emailContains, type), Long.class);
        bind(query, emailContains, type);
        return query.getSingleResult();
    }

    private static String where(String emailContains, SecurityEvent.Type type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (emailContains != null && !emailContains.isBlank()) {
            where.append(" and e.email like :email");
        }
        if (type != null) {
            where.append(" and e.type = :type");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, String emailContains, SecurityEvent.Type type) {
        if (emailContains != null && !emailContains.isBlank()) {
            String escaped = emailContains
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            query.setParameter("email", "%" + escaped + "%");
        }
        if (type != null) {
            query.setParameter("type", type);
        }
    }
}
