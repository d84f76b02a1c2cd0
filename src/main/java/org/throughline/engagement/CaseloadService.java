package org.throughline.engagement;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.throughline.identity.Role;
import org.throughline.shared.RuleViolation;

/**
 * A coach's own engagements. Every query is scoped to the signed-in coach in the database, so an
 * engagement given to another coach is simply not there for them.
 */
@Stateless
@RolesAllowed(Role.COACH_NAME)
public class CaseloadService {

    private static final List<Engagement.Status> OPEN = List.of(Engagement.Status.PLANNED, Engagement.Status.ACTIVE);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /**
     * The signed-in coach's planned and active engagements, by start date, with what the caseload shows
     * of each (client, template, planned sessions) read in the same two queries however long the list.
     */
    public List<Engagement> myEngagements() {
        return em.createQuery(
                        "select e from Engagement e join fetch e.client where e.coach.email = :me and e.status in :open"
                                + " order by e.startDate, e.id",
                        Engagement.class)
                .setParameter("me", caller.getCallerPrincipal().getName())
                .setParameter("open", OPEN)
                .setHint("eclipselink.join-fetch", "e.templateVersion.template")
                .setHint("eclipselink.batch", "e.plannedSessions") // EclipseLink: one IN query for all
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** One of the signed-in coach's engagements; any other engagement is refused as not found. */
    public Engagement myEngagement(long id) {
        return em.createQuery("select e from Engagement e where e.id = :id and e.coach.email = :me", Engagement.class)
                .setParameter("id", id)
                .setParameter("me", caller.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation("engagement.notFound"));
    }
}
