package org.throughline.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.throughline.identity.Role;
import org.throughline.program.ProgramService;
import org.throughline.program.TemplateVersion;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * Engagements, for administrators: created from a template's published version, listed with filters
 * (in the database), session dates moved, cancelled. Administrators see metadata only.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class EngagementService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    @Inject
    private ProgramService programs;

    @Inject
    private ClientService clients;

    /** A planned engagement from the template's published version, with its session dates planned. */
    public Engagement create(long clientId, long templateId, LocalDate startDate) {
        if (startDate == null) {
            throw new RuleViolation("engagement.startRequired");
        }
        Client client = clients.find(clientId);
        TemplateVersion version = programs.currentVersion(templateId)
                .orElseThrow(() -> new RuleViolation("engagement.noPublishedVersion"));
        Engagement engagement = new Engagement(client, version, startDate, time.now());
        em.persist(engagement);
        em.flush();
        return engagement;
    }

    public Engagement find(long id) {
        return Optional.ofNullable(em.find(Engagement.class, id))
                .orElseThrow(() -> new RuleViolation("engagement.notFound"));
    }

    /** Engagements newest first, optionally of one status, one program and one coach. */
    public List<Engagement> list(Engagement.Status status, Long programId, Long coachId, int first, int size) {
        return filtered(
                        "select e from Engagement e",
                        status,
                        programId,
                        coachId,
                        Engagement.class,
                        " order by e.startDate desc, e.id desc")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(Engagement.Status status, Long programId, Long coachId) {
        return filtered("select count(e) from Engagement e", status, programId, coachId, Long.class, "")
                .getSingleResult();
    }

    public Engagement movePlannedSession(long engagementId, int number, LocalDate date) {
        Engagement engagement = find(engagementId);
        engagement.movePlannedSession(number, date);
        return engagement;
    }

    public Engagement cancel(long engagementId) {
        Engagement engagement = find(engagementId);
        engagement.cancel();
        return engagement;
    }

    /** How many engagements use each version of a template, by version id. */
    public Map<Long, Long> countsByVersion(long templateId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select e.templateVersion.id, count(e) from Engagement e"
                                + " where e.templateVersion.template.id = :t group by e.templateVersion.id",
                        Object[].class)
                .setParameter("t", templateId)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** How many engagements were made from each template of a program, by template id. */
    public Map<Long, Long> countsByTemplate(long programId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select e.templateVersion.template.id, count(e) from Engagement e"
                                + " where e.templateVersion.template.program.id = :p group by e.templateVersion.template.id",
                        Object[].class)
                .setParameter("p", programId)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private <T> TypedQuery<T> filtered(
            String select, Engagement.Status status, Long programId, Long coachId, Class<T> type, String order) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and e.status = :status");
        }
        if (programId != null) {
            where.append(" and e.templateVersion.template.program.id = :program");
        }
        if (coachId != null) {
            where.append(" and e.coach.id = :coach");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (programId != null) {
            query.setParameter("program", programId);
        }
        if (coachId != null) {
            query.setParameter("coach", coachId);
        }
        return query;
    }
}
