package org.throughline.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.throughline.identity.Account;
import org.throughline.identity.Role;
import org.throughline.policy.AccessGuard;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * The supervision log: time a supervisor spends with the coaches they supervise, and each coach's
 * hours in the last twelve months against the organization's requirement (coaching hours from the
 * coach's finalized sessions).
 */
@Stateless
public class SupervisionLogService {

    public static final int MAX_MINUTES = 600;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private TimeSource time;

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public SupervisionTime record(long coachId, LocalDate heldOn, Integer minutes, SupervisionTime.Kind kind) {
        Account me = guard.signedIn();
        Account coach = em.createQuery(
                        "select a from Account a, CoachSupervision cs where cs.coachId = a.id and a.id = :coach and cs.supervisor = :me",
                        Account.class)
                .setParameter("coach", coachId)
                .setParameter("me", me)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation("supervisionLog.notYourCoach"));
        if (heldOn == null || heldOn.isAfter(today())) {
            throw new RuleViolation("supervisionLog.dateRequired");
        }
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            throw new RuleViolation("supervisionLog.minutesRange", MAX_MINUTES);
        }
        if (kind == null) {
            throw new RuleViolation("supervisionLog.kindRequired");
        }
        SupervisionTime entry = new SupervisionTime(coach, me, heldOn, minutes, kind, time.now());
        em.persist(entry);
        return entry;
    }

    /** The signed-in supervisor's entries, newest first. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public List<SupervisionTime> myEntries() {
        return em.createQuery(
                        "select t from SupervisionTime t where t.supervisor.email = :me order by t.heldOn desc, t.id desc",
                        SupervisionTime.class)
                .setParameter("me", guard.signedInEmail())
                .getResultList();
    }

    /** Hours of the coaches the signed-in supervisor supervises now. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public List<CoachHours> myCoachesHours() {
        return hours(em.createQuery(
                        "select a from Account a, CoachSupervision cs where cs.coachId = a.id and cs.supervisor.email = :me order by a.displayName",
                        Account.class)
                .setParameter("me", guard.signedInEmail())
                .getResultList());
    }

    /**
     * One page of every active coach's hours in the last twelve months, those who fall shortest
     * first: the sums, the requirement and the order are worked out in the database, in one query.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<CoachHours> allCoachesHours(int first, int size) {
        SupervisionRequirement rule = requirement();
        LocalDate since = today().minusMonths(12);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.display_name, coalesce(c.minutes, 0),"
                        + " coalesce(t.minutes, 0) from account a"
                        + " join account_role r on r.account_id = a.id and r.role = 'COACH'"
                        + " left join (select author_id, sum(duration_minutes) minutes from coaching_session"
                        + " where status = 'FINAL' and session_date > ? group by author_id) c on c.author_id = a.id"
                        + " left join (select coach_id, sum(minutes) minutes from supervision_time"
                        + " where held_on > ? group by coach_id) t on t.coach_id = a.id"
                        + " where a.active = 1"
                        + " order by greatest(0, greatest(?, coalesce(c.minutes, 0) / 60 / ?)"
                        + " - coalesce(t.minutes, 0) / 60) desc, a.display_name, a.id limit ? offset ?")
                .setParameter(1, since)
                .setParameter(2, since)
                .setParameter(3, rule.getMinHoursPerYear())
                .setParameter(4, rule.getCoachingHoursPerHour())
                .setParameter(5, size)
                .setParameter(6, first)
                .getResultList();
        return rows.stream()
                .map(row -> new CoachHours(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        ((Number) row[2]).longValue() / 60.0,
                        ((Number) row[3]).longValue() / 60.0,
                        rule))
                .toList();
    }

    /** How many active coaches the hours list has. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long coachCount() {
        return em.createQuery(
                        "select count(a) from Account a join a.roles r where r = :role and a.active = true", Long.class)
                .setParameter("role", Role.COACH)
                .getSingleResult();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public SupervisionRequirement requirement() {
        return em.find(SupervisionRequirement.class, SupervisionRequirement.ID);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public SupervisionRequirement changeRequirement(Integer minHoursPerYear, Integer coachingHoursPerHour) {
        if (minHoursPerYear == null || minHoursPerYear < 0 || minHoursPerYear > 200) {
            throw new RuleViolation("supervisionRequirement.minRange");
        }
        if (coachingHoursPerHour == null || coachingHoursPerHour < 1 || coachingHoursPerHour > 1000) {
            throw new RuleViolation("supervisionRequirement.ratioRange");
        }
        SupervisionRequirement rule = requirement();
        rule.change(minHoursPerYear, coachingHoursPerHour);
        return rule;
    }

    private List<CoachHours> hours(List<Account> coaches) {
        SupervisionRequirement rule = em.find(SupervisionRequirement.class, SupervisionRequirement.ID);
        if (coaches.isEmpty()) {
            return List.of();
        }
        LocalDate since = today().minusMonths(12);
        List<Long> ids = coaches.stream().map(Account::getId).toList();
        java.util.Map<Long, Long> coaching = minutesByCoach(
                "select s.author.id, sum(s.durationMinutes) from CoachingSession s where s.author.id in :coaches"
                        + " and s.status = org.throughline.session.CoachingSession.Status.FINAL and s.date > :since"
                        + " group by s.author.id",
                ids,
                since);
        java.util.Map<Long, Long> supervised = minutesByCoach(
                "select t.coach.id, sum(t.minutes) from SupervisionTime t where t.coach.id in :coaches"
                        + " and t.heldOn > :since group by t.coach.id",
                ids,
                since);
        return coaches.stream()
                .map(coach -> new CoachHours(
                        coach.getId(),
                        coach.getDisplayName(),
                        coaching.getOrDefault(coach.getId(), 0L) / 60.0,
                        supervised.getOrDefault(coach.getId(), 0L) / 60.0,
                        rule))
                .toList();
    }

    /** Minutes per coach since the day, every coach's sum in one grouped query. */
    private java.util.Map<Long, Long> minutesByCoach(String jpql, List<Long> coaches, LocalDate since) {
        java.util.Map<Long, Long> minutes = new java.util.HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("coaches", coaches)
                .setParameter("since", since)
                .getResultList()
                .forEach(row -> minutes.put((Long) row[0], ((Number) row[1]).longValue()));
        return minutes;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
    }
}
