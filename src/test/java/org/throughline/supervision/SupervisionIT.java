package org.throughline.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.identity.Role;
import org.throughline.policy.ConfidentialityPolicy.HandoverRule;
import org.throughline.reflection.Reflection;
import org.throughline.reflection.ReflectionForm;
import org.throughline.reflection.ReflectionService;
import org.throughline.session.SessionNote;
import org.throughline.session.SessionService;
import org.throughline.shared.RuleViolation;
import org.throughline.testsupport.Deployments;
import org.throughline.testsupport.incontainer.AsCoachA;
import org.throughline.testsupport.incontainer.AsCoachB;
import org.throughline.testsupport.incontainer.AsSupervisorA;
import org.throughline.testsupport.incontainer.Fixtures;
import org.throughline.testsupport.incontainer.Work;

/** Reflections, reviews and the supervision log through the services, with guessed record ids. */
@ExtendWith(ArquillianExtension.class)
class SupervisionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(SupervisionIT.class);
    }

    @Inject
    private ReflectionService reflections;

    @Inject
    private ReviewService reviews;

    @Inject
    private SupervisionLogService log;

    @Inject
    private SessionService sessions;

    @Inject
    private Fixtures fixtures;

    @Inject
    private AsCoachA coachA;

    @Inject
    private AsCoachB coachB;

    @Inject
    private AsSupervisorA supervisor;

    @Inject
    private org.throughline.testsupport.incontainer.AsAdmin administrator;

    @jakarta.annotation.Resource(lookup = "jdbc/throughline")
    private javax.sql.DataSource database;

    private long a;
    private long b;
    private long supervisorA;

    @BeforeEach
    void people() {
        a = fixtures.account(Fixtures.COACH_A, Role.COACH);
        b = fixtures.account(Fixtures.COACH_B, Role.COACH);
        supervisorA = fixtures.account(Fixtures.SUPERVISOR_A, Role.SUPERVISOR);
        fixtures.supervise(a, supervisorA);
    }

    private static String refusal(Work work) {
        return assertThrows(RuleViolation.class, work::run).getMessageKey();
    }

    /** A reflection of coach A (written as A) with a learning field, saved as a draft. */
    private ReflectionForm draftOfA(String learning) throws Exception {
        ReflectionForm form = coachA.call(() -> reflections.start(null));
        form.getContent().getFields().put("topics", "Contracting at the start");
        form.getContent().getFields().put("improve", learning);
        return coachA.call(() -> reflections.save(form));
    }

    @Test
    void aSupervisorSeesOnlySharedReflectionsOfTheirOwnCoachesAndNeverANote() throws Exception {
        ReflectionForm draft = draftOfA("Ask about expectations before the first exercise");
        long id = draft.getId();
        assertEquals("reflection.notFound", refusal(() -> supervisor.run(() -> reflections.sharedWithMe(id))));
        assertTrue(supervisor.call(() -> reviews.queue(0, Integer.MAX_VALUE)).stream()
                .noneMatch(q -> q.getReflectionId() == id));
        assertEquals("reflection.notFound", refusal(() -> coachB.run(() -> reflections.reflection(id))));

        coachA.call(() -> reflections.share(id));
        assertTrue(supervisor.call(() -> reviews.queue(0, Integer.MAX_VALUE)).stream()
                .anyMatch(q -> q.getReflectionId() == id));
        ReflectionForm seen = supervisor.call(() -> reflections.sharedWithMe(id));
        assertEquals(
                "Ask about expectations before the first exercise",
                seen.getContent().getFields().get("improve"));
        assertEquals("reflection.notFound", refusal(() -> coachB.run(() -> reflections.reflection(id))));

        // a reflection of a coach supervised by someone else
        long other = fixtures.account("supervisor-x@incontainer.test", Role.SUPERVISOR);
        fixtures.supervise(b, other);
        ReflectionForm ofB = coachB.call(() -> reflections.start(null));
        ofB.getContent().getFields().put("worked", "Silence gave the client room");
        long bId = coachB.call(() -> reflections.save(ofB)).getId();
        coachB.call(() -> reflections.share(bId));
        assertEquals("reflection.notFound", refusal(() -> supervisor.run(() -> reflections.sharedWithMe(bId))));
        assertEquals(
                "reflection.notFound",
                refusal(() ->
                        supervisor.run(() -> reviews.writeNote(bId, DevelopmentNote.Status.REVIEWED, Set.of(), "x"))));

        // and never a session note, whatever the id
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        assertThrows(EJBAccessException.class, () -> supervisor.run(() -> sessions.content(engagement)));
        assertThrows(EJBAccessException.class, () -> supervisor.run(() -> sessions.session(engagement, 1L)));
    }

    @Test
    void aReflectionOnASessionShowsItsFactsAndTheClientsNameOnlyWhereThePolicyAllowsIt() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.FULL_HISTORY, 4);
        SessionNote note = coachA.call(() -> sessions.nextSession(engagement));
        note.setFocus("Preparing the board presentation");
        note.setActionDescription("Write the three opening sentences by Friday");
        note.setActionWhen("Friday before noon");
        note.setActionNotice("The slides open with the sentences");
        note.setFollowUpPoint("How the opening landed");
        long sessionId =
                coachA.call(() -> sessions.save(engagement, note, true)).getId();
        ReflectionForm form = coachA.call(() -> reflections.start(sessionId));
        form.getContent().getFields().put("topics", "Contracting");
        form.getContent().getFields().put("improve", "Name the client's own words back");
        long id = coachA.call(() -> reflections.save(form)).getId();
        coachA.call(() -> reflections.share(id));

        ReflectionForm seen = supervisor.call(() -> reflections.sharedWithMe(id));
        assertEquals(sessionId, seen.getSessionId());
        assertEquals(1, seen.getFacts().getNumber());
        assertTrue(
                seen.getFacts().getClientPseudonym().startsWith("C-"),
                seen.getFacts().getClientPseudonym());
        assertNull(seen.getFacts().getClientName(), "the pseudonym only, under a policy that keeps names back");

        String name = coachA.call(() -> sessions.content(engagement))
                .getEngagement()
                .getClient()
                .getDisplayName();
        try (java.sql.Connection connection = database.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE confidentiality_policy p JOIN engagement_template t ON t.policy_id = p.id"
                    + " JOIN template_version v ON v.template_id = t.id JOIN engagement e"
                    + " ON e.template_version_id = v.id SET p.supervisors_see_identity = 1 WHERE e.id = " + engagement);
        }
        assertEquals(
                name,
                supervisor.call(() -> reflections.sharedWithMe(id)).getFacts().getClientName());
        assertNull(coachA.call(() -> reflections.reflection(id)).getFacts().getClientName(), "the coach's own view");
    }

    @Test
    void theQueueComesAPageAtATimeOldestFirstAndCountsTheWholeQueue() throws Exception {
        long before = supervisor.call(() -> reviews.queueSize());
        List<Long> shared = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = draftOfA("Paging lesson " + i).getId();
            coachA.call(() -> reflections.share(id));
            shared.add(id);
        }
        assertEquals(before + 3, supervisor.call(() -> reviews.queueSize()));
        int newest = (int) before + 2; // the last shared is the newest: last in the queue
        List<QueueItem> lastTwo = supervisor.call(() -> reviews.queue(newest - 1, 2));
        assertEquals(
                shared.subList(1, 3),
                lastTwo.stream().map(QueueItem::getReflectionId).toList(),
                "the second page of two, oldest first");
        assertEquals(1, supervisor.call(() -> reviews.queue(newest, 10)).size(), "a short last page");
    }

    @Test
    void aReflectionCanBeWithdrawnBeforeReviewButNotAfter() throws Exception {
        long id = draftOfA("Slow down before the summary").getId();
        assertEquals(
                Reflection.Status.SHARED,
                coachA.call(() -> reflections.share(id)).getStatus());
        assertEquals(
                Reflection.Status.DRAFT,
                coachA.call(() -> reflections.withdraw(id)).getStatus());
        assertTrue(supervisor.call(() -> reviews.queue(0, Integer.MAX_VALUE)).stream()
                .noneMatch(q -> q.getReflectionId() == id));

        coachA.call(() -> reflections.share(id));
        long listening = supervisor.call(() -> reviews.themes()).stream()
                .filter(t -> t.getName().equals("Listening"))
                .findFirst()
                .orElseThrow()
                .getId();
        supervisor.call(() -> reviews.writeNote(
                id, DevelopmentNote.Status.FOLLOW_UP, Set.of(listening), "Try summarising in the client's words"));
        assertEquals("reflection.reviewedCannotWithdraw", refusal(() -> coachA.run(() -> reflections.withdraw(id))));
        assertEquals(
                Reflection.Status.REVIEWED,
                coachA.call(() -> reflections.reflection(id)).getStatus());
    }

    @Test
    void sharingNeedsALearningFieldAndTheCoachAcknowledgesTheNote() throws Exception {
        ReflectionForm form = coachA.call(() -> reflections.start(null));
        form.getContent().getFields().put("topics", "Only what happened");
        long id = coachA.call(() -> reflections.save(form)).getId();
        assertEquals("reflection.learningRequired", refusal(() -> coachA.run(() -> reflections.share(id))));

        long shared = draftOfA("Name the contract again when the topic shifts").getId();
        coachA.call(() -> reflections.share(shared));
        assertNull(coachA.call(() -> reviews.noteOnMyReflection(shared)));
        supervisor.call(() -> reviews.writeNote(shared, DevelopmentNote.Status.REVIEWED, Set.of(), "Well noticed"));
        NoteView read = coachA.call(() -> reviews.noteOnMyReflection(shared));
        assertEquals("Well noticed", read.getText());
        assertTrue(!read.isAcknowledged());
        coachA.call(() -> reviews.acknowledge(shared));
        assertTrue(supervisor.call(() -> reviews.myNote(shared)).isAcknowledged());
    }

    @Test
    void supervisionHoursAreMeasuredAgainstTheRequirement() throws Exception {
        fixtures.supervise(b, supervisorA);
        CoachHours before = hoursOfB();
        long engagement = fixtures.engagement(b, HandoverRule.GOAL_AND_ACTIONS, 8);
        for (int i = 0; i < 7; i++) { // 7 sessions of 10 hours: 70 coaching hours
            int daysAgo = 60 - i;
            SessionNote form = coachB.call(() -> sessions.nextSession(engagement));
            form.setDate(LocalDate.now().minusDays(daysAgo));
            form.setDurationMinutes(600);
            form.setFocus("Focus");
            form.setFollowUpPoint("Follow-up");
            form.setActionDescription("Write one line in the journal each evening");
            form.setActionWhen("Each evening");
            form.setActionNotice("What changed");
            if (form.getPreviousAction() != null) {
                form.setPreviousResult(org.throughline.session.FollowUp.Result.DONE);
            }
            coachB.call(() -> sessions.save(engagement, form, true));
        }
        supervisor.call(() -> log.record(b, LocalDate.now().minusDays(10), 120, SupervisionTime.Kind.INDIVIDUAL));
        supervisor.call(() -> log.record(b, LocalDate.now().minusDays(3), 60, SupervisionTime.Kind.GROUP));
        assertEquals(
                "supervisionLog.notYourCoach",
                refusal(() -> supervisor.run(
                        () -> log.record(a + 1_000_000, LocalDate.now(), 60, SupervisionTime.Kind.GROUP))));

        CoachHours after = hoursOfB();
        assertEquals(70.0, after.getCoachingHours() - before.getCoachingHours(), 1e-9);
        assertEquals(3.0, after.getSupervisionHours() - before.getSupervisionHours(), 1e-9);
        SupervisionRequirement rule = new SupervisionRequirement(4, 35);
        assertEquals(rule.shortfall(after.getCoachingHours(), after.getSupervisionHours()), after.getShortfall(), 1e-9);
        if (before.getCoachingHours() == 0 && before.getSupervisionHours() == 0) {
            assertEquals(1.0, after.getShortfall(), 1e-9); // the worked example: 70 and 3 hours, short by 1
        }

        // the administrators' list: every active coach, worked out in the database, shortest first
        List<CoachHours> everyone = administrator.call(() -> log.allCoachesHours(0, Integer.MAX_VALUE));
        assertEquals((long) administrator.call(() -> log.coachCount()), everyone.size());
        CoachHours listed =
                everyone.stream().filter(h -> h.getCoachId() == b).findFirst().orElseThrow();
        assertEquals(after.getCoachingHours(), listed.getCoachingHours(), 1e-9);
        assertEquals(after.getSupervisionHours(), listed.getSupervisionHours(), 1e-9);
        assertEquals(after.getShortfall(), listed.getShortfall(), 1e-9);
        for (int i = 1; i < everyone.size(); i++) {
            assertTrue(everyone.get(i - 1).getShortfall() >= everyone.get(i).getShortfall() - 1e-3, "shortest first");
        }
        assertEquals(
                everyone.subList(1, 3).stream().map(CoachHours::getCoachId).toList(),
                administrator.call(() -> log.allCoachesHours(1, 2)).stream()
                        .map(CoachHours::getCoachId)
                        .toList(),
                "the second page of two");
    }

    private CoachHours hoursOfB() throws Exception {
        return supervisor.call(() -> log.myCoachesHours()).stream()
                .filter(h -> h.getCoachId() == b)
                .findFirst()
                .orElseThrow();
    }
}
