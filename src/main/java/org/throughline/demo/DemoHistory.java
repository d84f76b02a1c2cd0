package org.throughline.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.throughline.identity.Role;
import org.throughline.policy.BreakGlassService;
import org.throughline.reflection.ReflectionForm;
import org.throughline.reflection.ReflectionService;
import org.throughline.retention.Category;
import org.throughline.retention.RetentionRule;
import org.throughline.retention.RetentionService;
import org.throughline.retention.SubjectAccessRequest;
import org.throughline.retention.SubjectAccessRequests;
import org.throughline.session.FollowUp;
import org.throughline.session.SessionNote;
import org.throughline.session.SessionService;
import org.throughline.shared.TimeSource;
import org.throughline.supervision.DevelopmentNote;
import org.throughline.supervision.ReviewService;
import org.throughline.supervision.SupervisionLogService;
import org.throughline.supervision.SupervisionTime;

/**
 * Demo mode only: a few weeks of work on the demo engagements (sql/demo), done once, at start-up,
 * through the application's own services as the demo accounts — sessions with their actions and
 * follow-ups, goals, reflections shared and reviewed, supervision time, and one break-glass opening
 * with its read — so that each record is sealed and audited as a real one is. While it runs the
 * application's clock is set back to the day each piece of work was done. It has no methods anyone
 * can call.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());

    @Inject
    @ConfigProperty(name = "throughline.demo", defaultValue = "false")
    private boolean demo;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    @Inject
    private DemoCoach sam;

    @Inject
    private DemoSecondCoach priya;

    @Inject
    private DemoSupervisor jordan;

    @Inject
    private DemoAdministrator alex;

    @Inject
    private DemoPrivacyLead privacyLead;

    @Inject
    private SubjectAccessRequests subjectAccess;

    @Inject
    private RetentionService retention;

    @Inject
    private SessionService sessions;

    @Inject
    private ReflectionService reflections;

    @Inject
    private ReviewService reviews;

    @Inject
    private SupervisionLogService supervisionLog;

    @Inject
    private BreakGlassService breakGlass;

    /** A piece of demo work: who does it, and when. */
    private record Step(Instant at, DemoActor actor, Callable<?> work) {}

    private final List<Step> steps = new ArrayList<>();

    @PostConstruct
    void writeOnce() {
        if (!demo
                || em.createQuery("select count(s) from CoachingSession s", Long.class)
                                .getSingleResult()
                        > 0) {
            return;
        }
        try {
            hannahsEngagement();
            tomasEngagement();
            aishasEngagement();
            samsReflections();
            supervisionAndBreakGlass();
            subjectAccessRequests();
            proposedRuleChange();
            steps.sort(Comparator.comparing(Step::at));
            for (Step step : steps) {
                time.use(Clock.fixed(step.at(), ZoneOffset.UTC));
                step.actor().call(step.work());
            }
            LOG.info("Demo mode: demo sessions, reflections, supervision time and a break-glass written");
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Demo mode: the demo history could not be written", e);
        } finally {
            time.use(Clock.systemUTC());
            steps.clear();
        }
    }

    private void hannahsEngagement() {
        long hannah = engagement("C-0142");
        goal(
                hannah,
                "Lead the team's weekly meeting so that decisions get made in the room",
                "Meetings overrun; she ends up deciding alone afterwards");
        session(sam, hannah, 1, true, form -> {
            note(
                    form,
                    List.of(
                            "Took over the team two months ago",
                            "(first session)",
                            "She talks most in her own meetings",
                            "Meetings that end without decisions"),
                    "Meetings that end without a decision",
                    "She fills every silence herself",
                    "Her habit of answering her own questions",
                    "What happens when she waits");
            action(
                    form,
                    "In Monday's team meeting, ask one open question and wait ten seconds",
                    "Monday's team meeting",
                    "Who speaks first, and what they say",
                    null);
        });
        session(sam, hannah, 2, true, form -> {
            note(
                    form,
                    List.of(
                            "Two new people joined",
                            "Did it twice; the silence felt long",
                            "Two quiet colleagues spoke",
                            "Getting to a decision, not only discussion"),
                    "Closing discussions with a decision",
                    "A decision needs a named owner before the meeting ends",
                    "Running out of time at the end",
                    "Whether owners were named");
            form.setPreviousResult(FollowUp.Result.DONE);
            action(
                    form,
                    "Run the whole weekly meeting with a decision log and named owners",
                    "This week and next",
                    "How many items leave the room with an owner",
                    "A decision-log template");
        });
        session(sam, hannah, 3, true, form -> {
            note(
                    form,
                    List.of(
                            "Quarter-end rush",
                            "Started, but it took too much preparation",
                            "She dropped it under time pressure",
                            "Making it lighter"),
                    "A decision log she can keep up",
                    "One line per decision is enough",
                    "Quarter-end deadlines",
                    "What one line per decision showed");
            form.setPreviousResult(FollowUp.Result.NOT_DONE);
            form.setPreviousReason(FollowUp.Reason.TOO_LARGE);
            action(
                    form,
                    "At the end of Thursday's meeting, read out each decision and its owner in one line",
                    "Thursday's meeting",
                    "Whether anyone corrects an owner",
                    null);
        });
    }

    /** Left in draft although its date has passed: the engagement shows as overdue. */
    private void tomasEngagement() {
        long tomas = engagement("C-2718");
        goal(
                tomas,
                "Move into a product role within a year, or decide against it with reasons",
                "Unsure whether he wants to leave engineering");
        session(sam, tomas, 1, false, form -> {
            note(
                    form,
                    List.of(
                            "Read about product roles",
                            "(first session)",
                            "He lights up talking about users",
                            "Whether to move"),
                    "Whether product management suits him",
                    "He wants evidence from people in the role",
                    "He does not like asking for time",
                    "What the conversations showed");
            action(
                    form,
                    "Ask two product managers for a 20-minute conversation about their week",
                    "By Friday",
                    "Which parts of their work he would look forward to",
                    null);
        });
    }

    /** Saved although the clarity check called the action vague: the actions page lists it. */
    private void aishasEngagement() {
        long aisha = engagement("C-3141");
        session(priya, aisha, 1, true, form -> {
            note(
                    form,
                    List.of(
                            "Offered a team-lead role",
                            "(first session)",
                            "She hesitates when asked",
                            "Whether to accept"),
                    "Whether to accept the team-lead offer",
                    "She wants to know what she would give up",
                    "Pressure to answer quickly",
                    "Her list of what she would give up");
            action(
                    form,
                    "Be more confident about saying what she wants",
                    "Before the answer is due",
                    "How she phrases it",
                    null);
            form.setSaveDespiteFlags(true);
        });
    }

    /** One reflection reviewed (and the note read), one waiting for the supervisor, one draft. */
    private void samsReflections() {
        long hannah = engagement("C-0142");
        reflection(
                hannah,
                2,
                21,
                Map.of(
                        "topics", "Getting from discussion to decisions",
                        "challenges", "I summarised too early and she agreed too quickly",
                        "worked", "Asking who owns each decision made it concrete",
                        "improve", "Let the client summarise before I do"));
        steps.add(new Step(daysAgo(20), sam, () -> reflections.share(reflectionOn(hannah, 2))));
        steps.add(new Step(
                daysAgo(18),
                jordan,
                () -> reviews.writeNote(
                        reflectionOn(hannah, 2),
                        DevelopmentNote.Status.FOLLOW_UP,
                        themes("Listening", "Challenge and support"),
                        "Good noticing. Try a full minute of silence before any summary, and bring one example"
                                + " next time.")));
        steps.add(new Step(daysAgo(17), sam, () -> reviews.acknowledge(reflectionOn(hannah, 2))));
        reflection(
                hannah,
                3,
                3,
                Map.of(
                        "prepared", "A one-page decision-log template",
                        "progress", "She reads out decisions now, but skips owners when rushed",
                        "improve", "Check whether the action is too large before we agree it",
                        "nextForCoach", "Bring the action-size question to supervision"));
        steps.add(new Step(daysAgo(2), sam, () -> reflections.share(reflectionOn(hannah, 3))));
        reflection(
                hannah,
                1,
                1,
                Map.of("goals", "Understand how her meetings run", "insights", "I wanted to fix it for her"));
    }

    /** Supervision time this year; an administrator's break-glass opening with its read, three days ago. */
    private void supervisionAndBreakGlass() {
        long samsId = account("coach@demo.test");
        long mariasId = account("lead@demo.test");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        steps.add(new Step(daysAgo(0), jordan, () -> {
            supervisionLog.record(samsId, today.minusDays(75), 90, SupervisionTime.Kind.INDIVIDUAL);
            supervisionLog.record(samsId, today.minusDays(30), 60, SupervisionTime.Kind.GROUP);
            return supervisionLog.record(mariasId, today.minusDays(30), 60, SupervisionTime.Kind.GROUP);
        }));
        long hannah = engagement("C-0142");
        steps.add(new Step(daysAgo(3), alex, () -> {
            breakGlass.open(hannah, "Demo: the client raised a formal complaint about a session");
            return sessions.contentUnderBreakGlass(hannah);
        }));
    }

    /**
     * Two subject access requests: Hannah's (C-0142), recorded by the data protection lead and approved
     * by Alex two days ago, so that Sam sees the notice and the file can still be downloaded; and
     * Daniel's (C-5772), recorded by Alex and waiting for the data protection lead's approval.
     */
    private void subjectAccessRequests() {
        long hannahsClient = client("C-0142");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        steps.add(new Step(
                daysAgo(3),
                privacyLead,
                () -> subjectAccess.request(
                        hannahsClient,
                        "SAR-2026-014",
                        today.minusDays(5),
                        "Signed letter; passport checked in person by HR")));
        steps.add(new Step(daysAgo(2), alex, () -> {
            SubjectAccessRequest waiting = subjectAccess.waiting().stream()
                    .filter(r -> r.getRequest().getClientId() == hannahsClient)
                    .findFirst()
                    .orElseThrow()
                    .getRequest();
            return subjectAccess.approve(waiting.getId(), waiting.getVersion());
        }));
        long danielsClient = client("C-5772");
        steps.add(new Step(
                daysAgo(1),
                alex,
                () -> subjectAccess.request(
                        danielsClient,
                        "SAR-2026-017",
                        today.minusDays(9),
                        "E-mail from his work address, confirmed by phone")));
    }

    /** The data protection lead proposed keeping recap records 12 months instead of 24: it waits for Alex. */
    private void proposedRuleChange() {
        steps.add(new Step(daysAgo(1), privacyLead, () -> {
            RetentionRule recaps = retention.rules().stream()
                    .filter(rule -> rule.getCategory() == Category.RECAP_RECORDS)
                    .findFirst()
                    .orElseThrow();
            return retention.saveRule(
                    Category.RECAP_RECORDS, recaps.getVersion(), 12, recaps.getStartEvent(), recaps.getDisposal());
        }));
    }

    /** The goal and baseline, written the hour before the first session. */
    private void goal(long engagement, String goal, String baseline) {
        steps.add(new Step(sessionTime(engagement, 1).minus(Duration.ofHours(1)), sam, () -> {
            sessions.saveGoalAndBaseline(
                    engagement, sessions.content(engagement).getEngagement().getVersion(), goal, baseline);
            return null;
        }));
    }

    /** The coach's next session, written on its planned day at 17:00 UTC. */
    private void session(DemoActor coach, long engagement, int number, boolean finalize, Consumer<SessionNote> fill) {
        steps.add(new Step(sessionTime(engagement, number), coach, () -> {
            SessionNote form = sessions.nextSession(engagement);
            fill.accept(form);
            return sessions.save(engagement, form, finalize);
        }));
    }

    private Instant sessionTime(long engagement, int number) {
        LocalDate planned = em.createQuery(
                        "select p.plannedDate from PlannedSession p where p.engagement.id = :e and p.number = :n",
                        LocalDate.class)
                .setParameter("e", engagement)
                .setParameter("n", number)
                .getSingleResult();
        return planned.atTime(17, 0).toInstant(ZoneOffset.UTC);
    }

    private static void note(
            SessionNote form, List<String> checkin, String focus, String insight, String obstacle, String followUp) {
        form.setCheckinAnswers(checkin.subList(0, form.getCheckinQuestions().size()));
        form.setFocus(focus);
        form.setInsight(insight);
        form.setObstacle(obstacle);
        form.setFollowUpPoint(followUp);
    }

    private static void action(SessionNote form, String description, String when, String notice, String support) {
        form.setActionDescription(description);
        form.setActionWhen(when);
        form.setActionNotice(notice);
        form.setActionSupport(support);
    }

    /** Sam's reflection on a session of the engagement, written that many days ago. */
    private void reflection(long engagement, int number, int daysAgo, Map<String, String> fields) {
        steps.add(new Step(daysAgo(daysAgo), sam, () -> {
            ReflectionForm form = reflections.start(sessionOf(engagement, number));
            form.getContent().getFields().putAll(fields);
            return reflections.save(form);
        }));
    }

    private long sessionOf(long engagement, int number) {
        return em.createQuery(
                        "select s.id from CoachingSession s where s.engagement.id = :e and s.number = :n", Long.class)
                .setParameter("e", engagement)
                .setParameter("n", number)
                .getSingleResult();
    }

    private long reflectionOn(long engagement, int number) {
        return em.createQuery(
                        "select r.id from Reflection r where r.session.engagement.id = :e and r.session.number = :n",
                        Long.class)
                .setParameter("e", engagement)
                .setParameter("n", number)
                .getSingleResult();
    }

    private Set<Long> themes(String... names) {
        List<String> wanted = List.of(names);
        return reviews.themes().stream()
                .filter(theme -> wanted.contains(theme.getName()))
                .map(theme -> theme.getId())
                .collect(Collectors.toSet());
    }

    private static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    private long engagement(String pseudonym) {
        return em.createQuery("select e.id from Engagement e where e.client.pseudonym = :p", Long.class)
                .setParameter("p", pseudonym)
                .getSingleResult();
    }

    private long client(String pseudonym) {
        return em.createQuery("select c.id from Client c where c.pseudonym = :p", Long.class)
                .setParameter("p", pseudonym)
                .getSingleResult();
    }

    private long account(String email) {
        return em.createQuery("select a.id from Account a where a.email = :e", Long.class)
                .setParameter("e", email)
                .getSingleResult();
    }
}
