package org.throughline.assignment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.throughline.identity.Account;
import org.throughline.identity.Role;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * Giving each coach a supervisor (administrators): never the coach themselves, never beyond the
 * supervisor's maximum. Every change is recorded.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SupervisorAssignmentService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private TimeSource time;

    /** Every active supervisor with their number of coaches, by name. */
    public List<SupervisorOption> supervisors() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select s.supervisor.id, count(s) from CoachSupervision s group by s.supervisor.id",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        Map<Long, Integer> maxCoaches = new HashMap<>();
        em.createQuery("select p.accountId, p.maxCoaches from SupervisorProfile p", Object[].class)
                .getResultList()
                .forEach(row -> maxCoaches.put((Long) row[0], (Integer) row[1]));
        return em
                .createNamedQuery("Account.activeWithRole", Account.class)
                .setParameter("role", Role.SUPERVISOR)
                .getResultList()
                .stream()
                .map(a -> new SupervisorOption(
                        a,
                        maxCoaches.getOrDefault(a.getId(), SupervisorProfile.DEFAULT_MAX_COACHES),
                        counts.getOrDefault(a.getId(), 0L)))
                .toList();
    }

    public void saveMaxCoaches(long supervisorId, Integer maxCoaches) {
        Account supervisor = account(supervisorId, Role.SUPERVISOR, "supervision.notASupervisor");
        if (maxCoaches == null || maxCoaches < 0 || maxCoaches > SupervisorProfile.MAX_COACHES) {
            throw new RuleViolation("supervision.maxOutOfRange", 0, SupervisorProfile.MAX_COACHES);
        }
        SupervisorProfile profile = em.find(SupervisorProfile.class, supervisor.getId());
        if (profile == null) {
            profile = new SupervisorProfile(supervisor.getId());
            em.persist(profile);
        }
        profile.setMaxCoaches(maxCoaches);
    }

    /** Every supervised coach's supervisor's name, by the coach's account id, in one query. */
    public java.util.Map<Long, String> supervisorNames() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select cs.coachId, cs.supervisor.displayName from CoachSupervision cs", Object[].class)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** The coach's supervisor, if any. */
    public Optional<Account> supervisorOf(long coachId) {
        return Optional.ofNullable(em.find(CoachSupervision.class, coachId)).map(CoachSupervision::getSupervisor);
    }

    public Account assignSupervisor(long coachId, long supervisorId) {
        Account coach = account(coachId, Role.COACH, "assignment.notACoach");
        Account supervisor = account(supervisorId, Role.SUPERVISOR, "supervision.notASupervisor");
        if (coach.getId().equals(supervisor.getId())) {
            throw new RuleViolation("supervision.notSelf");
        }
        CoachSupervision current = em.find(CoachSupervision.class, coach.getId());
        if (current != null && current.getSupervisor().getId().equals(supervisor.getId())) {
            return supervisor;
        }
        long supervised = em.createQuery(
                        "select count(s) from CoachSupervision s where s.supervisor.id = :s", Long.class)
                .setParameter("s", supervisor.getId())
                .getSingleResult();
        if (supervised >= profile(supervisor.getId()).getMaxCoaches()) {
            throw new RuleViolation("supervision.full");
        }
        Long previous = current == null ? null : current.getSupervisor().getId();
        if (current == null) {
            em.persist(new CoachSupervision(coach.getId(), supervisor));
        } else {
            current.changeTo(supervisor);
        }
        em.persist(new SupervisionChange(
                coach.getId(),
                previous,
                supervisor.getId(),
                caller.getCallerPrincipal().getName(),
                time.now()));
        return supervisor;
    }

    public List<SupervisionChange> history(long coachId) {
        return em.createQuery(
                        "select c from SupervisionChange c where c.coachId = :c order by c.changedAt, c.id",
                        SupervisionChange.class)
                .setParameter("c", coachId)
                .getResultList();
    }

    private SupervisorProfile profile(long supervisorId) {
        SupervisorProfile profile = em.find(SupervisorProfile.class, supervisorId);
        return profile == null ? new SupervisorProfile(supervisorId) : profile;
    }

    private Account account(long id, Role role, String refusal) {
        Account account = em.find(Account.class, id);
        if (account == null || !account.actsAs(role)) {
            throw new RuleViolation(refusal);
        }
        return account;
    }
}
