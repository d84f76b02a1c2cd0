package org.throughline.assignment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.throughline.engagement.Engagement;
import org.throughline.engagement.EngagementService;
import org.throughline.identity.Account;
import org.throughline.identity.Role;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * Coach profiles and giving engagements to coaches (administrators). A coach who is not accepting or
 * is at capacity is refused unless the administrator overrides with a reason; a coach who is the
 * client is always refused. Every change is recorded.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AssignmentService {

    public static final int MIN_OVERRIDE_REASON = 10;
    private static final List<Engagement.Status> OPEN = List.of(Engagement.Status.PLANNED, Engagement.Status.ACTIVE);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private TimeSource time;

    @Inject
    private EngagementService engagements;

    /** Every active coach with profile and load, by name. */
    public List<CoachOption> coaches() {
        return options(null, null);
    }

    /** One page of the active coaches by name, with profile and load: three queries however many coaches. */
    public List<CoachOption> coaches(int first, int size) {
        List<Account> page = em.createNamedQuery("Account.activeWithRole", Account.class)
                .setParameter("role", Role.COACH)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return optionsOf(page, null, null);
    }

    /** How many active coaches there are. */
    public long coachCount() {
        return em.createQuery(
                        "select count(a) from Account a join a.roles r where r = :role and a.active = true", Long.class)
                .setParameter("role", Role.COACH)
                .getSingleResult();
    }

    public CoachProfile saveProfile(
            long accountId, String specialties, String languages, Integer capacity, boolean accepting) {
        Account account = coach(accountId);
        if (capacity == null || capacity < 0 || capacity > CoachProfile.MAX_CAPACITY) {
            throw new RuleViolation("coachProfile.capacityOutOfRange", 0, CoachProfile.MAX_CAPACITY);
        }
        CoachProfile profile = em.find(CoachProfile.class, account.getId());
        if (profile == null) {
            profile = new CoachProfile(account.getId());
            em.persist(profile);
        }
        profile.update(
                text(specialties, 500, "coachProfile.specialtiesTooLong"),
                text(languages, 200, "coachProfile.languagesTooLong"),
                capacity,
                accepting);
        return profile;
    }

    /**
     * Coaches for an engagement, best first: available ones before the rest, then by matching language
     * and specialty, then by spare places. The engagement's client, if a coach, is left out.
     */
    public List<CoachOption> suggestions(long engagementId, String language, String specialty) {
        Engagement engagement = engagements.find(engagementId);
        return options(language, specialty).stream()
                .filter(option -> !isClient(option.getAccount(), engagement))
                .sorted(Comparator.comparing((CoachOption o) -> !o.isAvailable())
                        .thenComparing(o -> -o.matchScore())
                        .thenComparing(o -> -o.getSpare())
                        .thenComparing(o -> o.getAccount().getDisplayName()))
                .toList();
    }

    /**
     * Gives the engagement to the coach (or moves it from its current coach, who loses it at once).
     *
     * @param overrideReason why the administrator assigns a coach who is full or not accepting; null
     *     otherwise
     */
    public Engagement assignCoach(long engagementId, long coachId, String overrideReason) {
        Engagement engagement = engagements.find(engagementId);
        Account coach = coach(coachId);
        if (isClient(coach, engagement)) {
            throw new RuleViolation("assignment.coachIsClient");
        }
        Account previous = engagement.getCoach();
        if (previous != null && previous.getId().equals(coach.getId())) {
            throw new RuleViolation("assignment.alreadyTheCoach");
        }
        CoachOption option = option(coach, load(coach.getId()));
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        boolean overridden = !option.isAvailable();
        if (overridden) {
            if (reason == null) {
                throw new RuleViolation(
                        option.getProfile().isAccepting() ? "assignment.atCapacity" : "assignment.notAccepting");
            }
            if (reason.length() < MIN_OVERRIDE_REASON) {
                throw new RuleViolation("assignment.reasonTooShort", MIN_OVERRIDE_REASON);
            }
        }
        if (reason != null && reason.length() > AssignmentChange.MAX_REASON) {
            throw new RuleViolation("assignment.reasonTooLong", AssignmentChange.MAX_REASON);
        }
        engagement.assignCoach(coach);
        em.persist(new AssignmentChange(
                engagement.getId(),
                previous,
                coach,
                caller.getCallerPrincipal().getName(),
                time.now(),
                overridden,
                reason));
        return engagement;
    }

    /** The engagement's assignment changes, oldest first. */
    public List<AssignmentChange> history(long engagementId) {
        return em.createQuery(
                        "select c from AssignmentChange c where c.engagementId = :e order by c.changedAt, c.id",
                        AssignmentChange.class)
                .setParameter("e", engagementId)
                .getResultList();
    }

    private List<CoachOption> options(String language, String specialty) {
        return optionsOf(activeCoaches(), language, specialty);
    }

    /** The coaches' options, their loads and profiles read in one query each. */
    private List<CoachOption> optionsOf(List<Account> coaches, String language, String specialty) {
        if (coaches.isEmpty()) {
            return List.of();
        }
        List<Long> ids = coaches.stream().map(Account::getId).toList();
        Map<Long, Long> loads = new HashMap<>();
        em.createQuery(
                        "select e.coach.id, count(e) from Engagement e where e.coach.id in :ids and e.status in :open"
                                + " group by e.coach.id",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("open", OPEN)
                .getResultList()
                .forEach(row -> loads.put((Long) row[0], (Long) row[1]));
        Map<Long, CoachProfile> profiles = new HashMap<>();
        em.createQuery("select p from CoachProfile p where p.accountId in :ids", CoachProfile.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(profile -> profiles.put(profile.getAccountId(), profile));
        return coaches.stream()
                .map(account -> {
                    CoachProfile profile = profiles.getOrDefault(account.getId(), new CoachProfile(account.getId()));
                    return new CoachOption(
                            account,
                            profile,
                            loads.getOrDefault(account.getId(), 0L),
                            profile.speaks(language),
                            profile.offersSpecialty(specialty));
                })
                .toList();
    }

    private CoachOption option(Account coach, long load) {
        CoachProfile profile = em.find(CoachProfile.class, coach.getId());
        return new CoachOption(coach, profile == null ? new CoachProfile(coach.getId()) : profile, load, false, false);
    }

    private long load(long coachId) {
        return em.createQuery(
                        "select count(e) from Engagement e where e.coach.id = :c and e.status in :open", Long.class)
                .setParameter("c", coachId)
                .setParameter("open", OPEN)
                .getSingleResult();
    }

    private List<Account> activeCoaches() {
        return em.createNamedQuery("Account.activeWithRole", Account.class)
                .setParameter("role", Role.COACH)
                .getResultList();
    }

    private Account coach(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.actsAs(Role.COACH)) {
            throw new RuleViolation("assignment.notACoach");
        }
        return account;
    }

    /** A coach is the client when the client's e-mail is the coach's sign-in e-mail. */
    private static boolean isClient(Account coach, Engagement engagement) {
        String clientEmail = engagement.getClient().getEmail();
        return clientEmail != null && clientEmail.toLowerCase(Locale.ROOT).equals(coach.getEmail());
    }

    private static String text(String value, int max, String tooLongKey) {
        String trimmed = value == null || value.isBlank() ? null : value.strip();
        if (trimmed != null && trimmed.length() > max) {
            throw new RuleViolation(tooLongKey, max);
        }
        return trimmed;
    }
}
