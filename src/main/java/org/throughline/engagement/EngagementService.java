package org.throughline.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
        if (client.isAnonymised()) {
            throw new RuleViolation("client.anonymised");
        }
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

    /** Engagements newest first, narrowed by the filter. */
    public List<Engagement> list(EngagementFilter filter, int first, int size) {
        // what the list shows of each row comes in the same query (EclipseLink join fetch): no query per row
        return filtered("select e from Engagement e", filter, Engagement.class, " order by e.startDate desc, e.id desc")
                .setHint("eclipselink.join-fetch", "e.client")
                .setHint("eclipselink.join-fetch", "e.templateVersion")
                .setHint("eclipselink.join-fetch", "e.templateVersion.template")
                .setHint("eclipselink.join-fetch", "e.templateVersion.template.program")
                .setHint("eclipselink.left-join-fetch", "e.coach")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(EngagementFilter filter) {
        return filtered("select count(e) from Engagement e", filter, Long.class, "")
                .getSingleResult();
    }

    public Engagement movePlannedSession(long engagementId, int number, LocalDate date) {
        Engagement engagement = find(engagementId);
        engagement.movePlannedSession(number, date);
        return engagement;
    }

    public Engagement cancel(long engagementId) {
        Engagement engagement = find(engagementId);
        engagement.cancel(time.now());
        return engagement;
    }

    /** A client's engagements, oldest first. */
    public List<Engagement> ofClient(long clientId) {
        return em.createQuery(
                        "select e from Engagement e where e.client.id = :c order by e.startDate, e.id",
                        Engagement.class)
                .setParameter("c", clientId)
                .getResultList();
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

    private <T> TypedQuery<T> filtered(String select, EngagementFilter filter, Class<T> type, String order) {
        Engagement.Status status = filter.status();
        Long programId = filter.programId();
        Long coachId = filter.coachId();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.overdueOnly()) {
            where.append(" and e.status in :open and (select count(p) from PlannedSession p"
                    + " where p.engagement = e and p.plannedDate < :today) > (select count(s) from CoachingSession s"
                    + " where s.engagement = e and s.status = org.throughline.session.CoachingSession.Status.FINAL)");
        }
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
        if (filter.overdueOnly()) {
            query.setParameter("open", List.of(Engagement.Status.PLANNED, Engagement.Status.ACTIVE));
            query.setParameter("today", LocalDate.ofInstant(time.now(), ZoneOffset.UTC));
        }
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
