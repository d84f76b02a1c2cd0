package org.throughline.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.audit.AuditEntry;
import org.throughline.audit.AuditProblem;
import org.throughline.audit.AuditRow;
import org.throughline.audit.AuditTrail;
import org.throughline.identity.Role;
import org.throughline.session.EngagementContent;
import org.throughline.session.FeedbackCheck;
import org.throughline.session.FeedbackForm;
import org.throughline.session.FeedbackService;
import org.throughline.session.FollowUp;
import org.throughline.session.SessionNote;
import org.throughline.session.SessionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;
import org.throughline.testsupport.Deployments;
import org.throughline.testsupport.incontainer.AsAdminA;
import org.throughline.testsupport.incontainer.AsCoachA;
import org.throughline.testsupport.incontainer.AsCoachB;
import org.throughline.testsupport.incontainer.AsSupervisor;
import org.throughline.testsupport.incontainer.AsSupervisorA;
import org.throughline.testsupport.incontainer.DatabaseScan;
import org.throughline.testsupport.incontainer.Fixtures;

/**
 * The confidentiality promise, through the services with guessed ids: who may read, list and change
 * each kind of content; that the database holds none of it in clear; and that the audit trail
 * records reads and shows tampering.
 */
@ExtendWith(ArquillianExtension.class)
class ConfidentialityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ConfidentialityIT.class);
    }

    @Inject
    private SessionService sessions;

    @Inject
    private BreakGlassService breakGlass;

    @Inject
    private FeedbackService feedback;

    @Inject
    private AuditTrail audit;

    @Inject
    private KeyRotationService rotation;

    @Inject
    private Fixtures fixtures;

    @Inject
    private TimeSource time;

    @Inject
    private AsCoachA authorCoach;

    @Inject
    private AsCoachB otherCoach;

    @Inject
    private AsSupervisorA authorsSupervisor;

    @Inject
    private AsSupervisor otherSupervisor;

    @Inject
    private AsAdminA admin;

    @Resource(lookup = "jdbc/throughline")
    private DataSource database;

    private long coachA;

    /** An engagement of coach A with goal, baseline and two final sessions, the second following up the first. */
    private record Written(long engagement, long firstSession, long secondSession, String marker) {}

    @BeforeEach
    void people() {
        coachA = fixtures.account(Fixtures.COACH_A, Role.COACH);
        fixtures.account(Fixtures.COACH_B, Role.COACH);
        fixtures.supervise(coachA, fixtures.account(Fixtures.SUPERVISOR_A, Role.SUPERVISOR));
        fixtures.account(Fixtures.ADMIN_A, Role.ADMIN);
    }

    @AfterEach
    void realTime() {
        time.use(Clock.systemUTC());
    }

    private Written write() throws Exception {
        String marker = "MARK" + UUID.randomUUID().toString().replace("-", "");
        long engagement = fixtures.engagement(
                coachA, org.throughline.policy.ConfidentialityPolicy.HandoverRule.GOAL_AND_ACTIONS, 4);
        authorCoach.run(() -> sessions.saveGoalAndBaseline(
                engagement,
                sessions.content(engagement).getEngagement().getVersion(),
                marker + " goal",
                marker + " baseline"));
        long first = authorCoach
                .call(() -> sessions.save(engagement, filled(engagement, marker + " one"), true))
                .getId();
        SessionNote second = filled(engagement, marker + " two");
        second.setPreviousResult(FollowUp.Result.PARTLY);
        second.setPreviousReason(FollowUp.Reason.OTHER);
        second.setPreviousReasonNote(marker + " reason");
        long secondId =
                authorCoach.call(() -> sessions.save(engagement, second, true)).getId();
        FeedbackForm midpoint = authorCoach.call(() -> feedback.feedback(engagement, FeedbackCheck.Kind.MIDPOINT));
        midpoint.getAnswers().set(0, marker + " midpoint answer");
        midpoint.setAdjustments(marker + " adjustments");
        authorCoach.call(() -> feedback.record(engagement, midpoint));
        return new Written(engagement, first, secondId, marker);
    }

    private SessionNote filled(long engagement, String text) throws Exception {
        SessionNote form = authorCoach.call(() -> sessions.nextSession(engagement));
        form.getCheckinAnswers().replaceAll(answer -> text + " check-in");
        form.setFocus(text + " focus");
        form.setInsight(text + " insight");
        form.setObstacle(text + " obstacle");
        form.setFollowUpPoint(text + " follow-up");
        form.setActionDescription("Write down " + text + " action in the journal");
        form.setActionWhen(text + " when");
        form.setActionNotice(text + " notice");
        form.setActionSupport(text + " support");
        return form;
    }

    private enum Outcome {
        ALLOWED,
        REFUSED
    }

    /** Why the last refused attempt was refused, to explain a wrong outcome. */
    private static String lastRefusal;

    private static final Map<String, String> reasons = new LinkedHashMap<>();

    private static Outcome attempt(Callable<?> call) {
        try {
            call.call();
            return Outcome.ALLOWED;
        } catch (RuleViolation refused) {
            lastRefusal = refused.getMessageKey();
            return Outcome.REFUSED;
        } catch (EJBAccessException refused) {
            lastRefusal = "not in the role";
            return Outcome.REFUSED;
        } catch (Exception e) {
            throw new AssertionError("Neither allowed nor refused: " + e, e);
        }
    }

    /** Runs {@code work} as one actor; "anonymous" is the test itself, with no run-as role. */
    private interface Actor {
        <T> T as(Callable<T> work) throws Exception;
    }

    @Test
    void eachActorMayReadListAndChangeExactlyWhatThePolicySays() throws Exception {
        Written written = write();
        long e = written.engagement();
        long s = written.firstSession();

        Map<String, Actor> actors = new LinkedHashMap<>();
        actors.put("author coach", authorCoach::call);
        actors.put("another coach", otherCoach::call);
        actors.put("the author's supervisor", authorsSupervisor::call);
        actors.put("another supervisor", otherSupervisor::call);
        actors.put("administrator", admin::call);
        actors.put("anonymous", Callable::call);

        List<String> wrong = new ArrayList<>();
        for (boolean withBreakGlass : new boolean[] {false, true}) {
            if (withBreakGlass) {
                admin.call(() -> breakGlass.open(e, "Complaint by the client, case 2027-114, needs review"));
            }
            for (Map.Entry<String, Actor> entry : actors.entrySet()) {
                String actor = entry.getKey()
                        + (withBreakGlass && entry.getKey().equals("administrator") ? " with break-glass" : "");
                Actor as = entry.getValue();
                boolean author = entry.getKey().equals("author coach");
                boolean reader = author || (withBreakGlass && entry.getKey().equals("administrator"));
                Map<String, Outcome> expected = new LinkedHashMap<>();
                Map<String, Outcome> actual = new LinkedHashMap<>();
                // engagement goal and baseline
                expected.put("goal: read/list", reader ? Outcome.ALLOWED : Outcome.REFUSED);
                record(actual, "goal: read/list", attempt(() -> as.as(() -> readAll(e, author))
                        .getGoal()));
                expected.put("goal: update", author ? Outcome.ALLOWED : Outcome.REFUSED);
                record(
                        actual,
                        "goal: update",
                        attempt(() -> as.as(() -> {
                            sessions.saveGoalAndBaseline(
                                    e,
                                    sessions.content(e).getEngagement().getVersion(),
                                    written.marker() + " goal",
                                    written.marker() + " baseline");
                            return null;
                        })));
                // session notes and check-ins
                expected.put("session: list", reader ? Outcome.ALLOWED : Outcome.REFUSED);
                record(actual, "session: list", attempt(() -> as.as(() -> readAll(e, author))
                        .getSessions()
                        .get(0)));
                expected.put("session: read", author ? Outcome.ALLOWED : Outcome.REFUSED);
                record(actual, "session: read", attempt(() -> as.as(() -> sessions.session(e, s))));
                expected.put("session: update", Outcome.REFUSED); // final: nobody changes it
                record(
                        actual,
                        "session: update",
                        attempt(() -> as.as(() -> {
                            SessionNote note = sessions.session(e, written.secondSession());
                            return sessions.save(e, note, false);
                        })));
                // actions
                expected.put("action: list", reader ? Outcome.ALLOWED : Outcome.REFUSED);
                record(actual, "action: list", attempt(() -> as.as(() -> readAll(e, author))
                        .getActions()
                        .get(1)));
                expected.put("action: update (follow-up)", author ? Outcome.ALLOWED : Outcome.REFUSED);
                record(
                        actual,
                        "action: update (follow-up)",
                        attempt(() -> as.as(() -> {
                            SessionNote third = sessions.nextSession(e);
                            third.setPreviousResult(FollowUp.Result.DONE);
                            return sessions.save(e, third, false);
                        })));
                // feedback answers (the coach's own page; administrators read them through break-glass)
                expected.put("feedback: read", reader ? Outcome.ALLOWED : Outcome.REFUSED);
                record(actual, "feedback: read", attempt(() -> as.as(() -> readFeedback(e))
                        .getAnswers()
                        .get(0)));
                expected.put("feedback: update", author ? Outcome.ALLOWED : Outcome.REFUSED);
                record(
                        actual,
                        "feedback: update",
                        attempt(() -> as.as(() -> {
                            FeedbackForm form = feedback.feedback(e, FeedbackCheck.Kind.MIDPOINT);
                            return feedback.record(e, form);
                        })));
                for (String operation : expected.keySet()) {
                    reasons.putIfAbsent(operation, "");
                }
                for (String operation : expected.keySet()) {
                    if (expected.get(operation) != actual.get(operation)) {
                        wrong.add(actor + ", " + operation + ": expected " + expected.get(operation) + ", was "
                                + actual.get(operation) + " (" + reasons.get(operation) + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void record(Map<String, Outcome> actual, String operation, Outcome outcome) {
        actual.put(operation, outcome);
        reasons.put(operation, outcome == Outcome.REFUSED ? lastRefusal : "");
    }

    /** The whole content of the engagement, by the reading path of the caller's role. */
    private EngagementContent readAll(long engagement, boolean coachPath) {
        try {
            return sessions.content(engagement);
        } catch (EJBAccessException notACoach) {
            return sessions.contentUnderBreakGlass(engagement);
        }
    }

    /** The midpoint feedback, by the reading path of the caller's role. */
    private FeedbackForm readFeedback(long engagement) {
        try {
            return feedback.feedback(engagement, FeedbackCheck.Kind.MIDPOINT);
        } catch (EJBAccessException notACoach) {
            return feedback.feedbackUnderBreakGlass(engagement, FeedbackCheck.Kind.MIDPOINT);
        }
    }

    @Test
    void theDatabaseHoldsNoContentInClearText() throws Exception {
        Written written = write();
        EngagementContent read = authorCoach.call(() -> sessions.content(written.engagement()));
        assertTrue(read.getGoal().startsWith(written.marker()), "the service reads the goal back");
        assertTrue(read.getActions().get(0).getReasonNote().startsWith(written.marker()));
        FeedbackForm midpoint =
                authorCoach.call(() -> feedback.feedback(written.engagement(), FeedbackCheck.Kind.MIDPOINT));
        assertEquals(
                written.marker() + " midpoint answer", midpoint.getAnswers().get(0));
        assertEquals(written.marker() + " adjustments", midpoint.getAdjustments());

        List<String> found = DatabaseScan.inClearText(database, written.marker());
        assertEquals(List.of(), found);
    }

    @Test
    void aSealedValueCopiedToAnotherRowDoesNotOpen() throws Exception {
        Written written = write();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE coaching_session t JOIN coaching_session s ON s.id = " + written.firstSession()
                            + " SET t.focus_sealed = s.focus_sealed WHERE t.id = " + written.secondSession());
        }
        assertThrows(
                EJBException.class,
                () -> authorCoach.call(() -> sessions.session(written.engagement(), written.secondSession())));
        assertTrue(authorCoach
                .call(() -> sessions.session(written.engagement(), written.firstSession()))
                .getFocus()
                .startsWith(written.marker()));
    }

    @Test
    void readingUnderBreakGlassLeavesOneEntryPerRecordAndTheCoachSeesTheOpening() throws Exception {
        Written written = write();
        long e = written.engagement();
        assertEquals(
                "breakGlass.reasonTooShort",
                assertThrows(RuleViolation.class, () -> admin.run(() -> breakGlass.open(e, "too short")))
                        .getMessageKey());
        admin.call(() -> breakGlass.open(e, "Complaint by the client, case 2027-114, needs review"));
        long before = readsOf(written.firstSession());
        EngagementContent content = admin.call(() -> sessions.contentUnderBreakGlass(e));
        assertTrue(content.getSessions().get(0).getFocus().startsWith(written.marker()));
        assertEquals(before + 1, readsOf(written.firstSession()));
        assertEquals(
                content.getActions().size(),
                admin.call(() -> audit.list(AuditEntry.Action.READ, AuditEntry.RecordType.ACTION, e, 0, 100))
                        .size(),
                "an action shown with its session and in the tracker is still one read");
        AuditRow read =
                admin.call(() -> audit.list(AuditEntry.Action.READ, AuditEntry.RecordType.SESSION, e, 0, 10)).stream()
                        .filter(r -> r.getEntry().getRecordId() == written.firstSession())
                        .findFirst()
                        .orElseThrow();
        assertEquals(Role.ADMIN, read.getEntry().getActorRole());
        assertEquals(Fixtures.ADMIN_A.substring(0, Fixtures.ADMIN_A.indexOf('@')), read.getActorName());

        List<BreakGlass> seenByCoach = authorCoach.call(() -> breakGlass.openingsOfMyEngagement(e));
        assertEquals(1, seenByCoach.size());
        assertEquals(
                "Complaint by the client, case 2027-114, needs review",
                seenByCoach.get(0).getReason());

        // the coach's own reads are not entries; the opening ends after the policy's 8 hours
        long coachReads = readsOf(written.firstSession());
        authorCoach.call(() -> sessions.content(e));
        assertEquals(coachReads, readsOf(written.firstSession()));
        time.use(Clock.offset(Clock.systemUTC(), Duration.ofHours(8).plusMinutes(1)));
        assertEquals(
                "breakGlass.required",
                assertThrows(RuleViolation.class, () -> admin.run(() -> sessions.contentUnderBreakGlass(e)))
                        .getMessageKey());
    }

    private long readsOf(long sessionId) throws Exception {
        return admin
                .call(() -> audit.list(AuditEntry.Action.READ, AuditEntry.RecordType.SESSION, null, 0, 10_000))
                .stream()
                .filter(r -> r.getEntry().getRecordId() == sessionId)
                .count();
    }

    @Test
    void aValueUnderAnOlderKeyStillOpensAndIsReEncryptedWithTheCurrentOne() throws Exception {
        Written written = write();
        long id = written.firstSession();
        String text = written.marker() + " sealed with the older key";
        // sealed here independently, with the older test key "test1" (see pom.xml), as a value from before a rotation
        byte[] nonce = new byte[12];
        new java.security.SecureRandom().nextBytes(nonce);
        javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(
                javax.crypto.Cipher.ENCRYPT_MODE,
                new javax.crypto.spec.SecretKeySpec(
                        "test-key-one-for-test-data-only!".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, nonce));
        aes.updateAAD(("coaching_session/" + id + "/focus_sealed").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] sealed = aes.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String stored = "test1:"
                + java.util.Base64.getEncoder()
                        .encodeToString(java.nio.ByteBuffer.allocate(12 + sealed.length)
                                .put(nonce)
                                .put(sealed)
                                .array());
        try (Connection connection = database.getConnection();
                java.sql.PreparedStatement update =
                        connection.prepareStatement("UPDATE coaching_session SET focus_sealed = ? WHERE id = ?")) {
            update.setString(1, stored);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
        assertEquals(
                text,
                authorCoach
                        .call(() -> sessions.session(written.engagement(), id))
                        .getFocus());
        assertTrue(admin.call(() -> rotation.valuesUnderOlderKeys()) >= 1);

        while (admin.call(() -> rotation.reencryptBatch()) > 0) {
            // batch after batch until nothing is left under an older key
        }
        assertEquals(0, admin.call(() -> rotation.valuesUnderOlderKeys()));
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT focus_sealed FROM coaching_session WHERE id = " + id)) {
            row.next();
            assertTrue(row.getString(1).startsWith("test2:"), "sealed again with the current key");
        }
        assertEquals(
                text,
                authorCoach
                        .call(() -> sessions.session(written.engagement(), id))
                        .getFocus());
    }

    @Test
    void verifyReportsAnAuditRowEditedInTheDatabase() throws Exception {
        Written written = write();
        long entry = admin.call(() ->
                        audit.list(AuditEntry.Action.CREATE, AuditEntry.RecordType.SESSION, written.engagement(), 0, 1))
                .get(0)
                .getEntry()
                .getId();
        assertFalse(admin.call(() -> audit.verify()).problems().stream().anyMatch(p -> entry == p.getId()));
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE audit_entry SET action = 'READ' WHERE id = " + entry);
            List<AuditProblem> problems = admin.call(() -> audit.verify()).problems();
            assertTrue(
                    problems.stream().anyMatch(p -> p.getId() == entry && p.getKind() == AuditProblem.Kind.CHANGED),
                    "verify reports the edited row");
            statement.executeUpdate("UPDATE audit_entry SET action = 'CREATE' WHERE id = " + entry);
        }
        assertFalse(admin.call(() -> audit.verify()).problems().stream().anyMatch(p -> entry == p.getId()));
    }
}
