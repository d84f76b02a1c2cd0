package org.throughline.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.audit.AuditEntry;
import org.throughline.audit.AuditTrail;
import org.throughline.identity.Role;
import org.throughline.policy.ConfidentialityPolicy;
import org.throughline.policy.ContentCipher;
import org.throughline.retention.RetentionRule.Disposal;
import org.throughline.retention.RetentionRule.StartEvent;
import org.throughline.session.FeedbackCheck;
import org.throughline.session.FeedbackForm;
import org.throughline.session.FeedbackService;
import org.throughline.session.SessionNote;
import org.throughline.session.SessionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;
import org.throughline.testsupport.Deployments;
import org.throughline.testsupport.incontainer.AsAdmin;
import org.throughline.testsupport.incontainer.AsAdminA;
import org.throughline.testsupport.incontainer.AsAdminB;
import org.throughline.testsupport.incontainer.AsCoachA;
import org.throughline.testsupport.incontainer.DatabaseScan;
import org.throughline.testsupport.incontainer.Fixtures;
import org.throughline.testsupport.incontainer.SmtpSink;

/**
 * Retention with a clock the tests control. The records here are written at moments in 2001–2003,
 * so that a purge at such a moment reaches only them and never the rest of the shared test database.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(RetentionIT.class);
    }

    @Inject
    private RetentionService retention;

    @Inject
    private PurgeService purge;

    @Inject
    private PurgeSteps steps;

    @Inject
    private org.throughline.policy.ReasonSealing reasonSealing;

    @Inject
    private ErasureService erasures;

    @Inject
    private SubjectAccessService subjectAccess;

    @Inject
    private SubjectAccessRequests accessRequests;

    @Inject
    private org.throughline.engagement.ClientService clients;

    @Inject
    private org.throughline.engagement.EngagementService engagements;

    @Inject
    private SessionService sessions;

    @Inject
    private FeedbackService feedback;

    @Inject
    private AuditTrail audit;

    @Inject
    private org.throughline.identity.AccountService accounts;

    @Inject
    private ContentCipher cipher;

    @Inject
    private Fixtures fixtures;

    @Inject
    private TimeSource time;

    @Inject
    private AsCoachA coach;

    @Inject
    private AsAdminA admin;

    @Inject
    private AsAdminB secondAdmin;

    @Inject
    private AsAdmin nightly;

    @Resource(lookup = "jdbc/throughline")
    private DataSource database;

    private long coachA;

    /** An engagement of coach A with goal, baseline, two final sessions and the midpoint feedback, all carrying the marker. */
    private record Written(long engagement, long client, List<Long> sessions, String marker) {}

    @BeforeEach
    void people() throws Exception {
        coachA = fixtures.account(Fixtures.COACH_A, Role.COACH);
        fixtures.account(Fixtures.ADMIN_A, Role.ADMIN);
        fixtures.account(Fixtures.ADMIN_B, Role.ADMIN);
        documentedDefaults();
    }

    @AfterEach
    void realTime() throws Exception {
        time.use(Clock.systemUTC());
        documentedDefaults();
    }

    /** The documented default rules (sql/migration/V12__retention.sql), before and after each test. */
    private void documentedDefaults() throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE retention_rule SET months = CASE category WHEN 'REFLECTIONS' THEN 36"
                    + " WHEN 'DEVELOPMENT_NOTES' THEN 36 WHEN 'RECAP_RECORDS' THEN 24 WHEN 'AUDIT_ENTRIES' THEN 84"
                    + " WHEN 'DEACTIVATED_ACCOUNTS' THEN 24 ELSE 72 END,"
                    + " start_event = CASE WHEN category IN ('SESSION_NOTES', 'ACTIONS', 'FEEDBACK', 'CLIENT_RECORDS')"
                    + " THEN 'ENGAGEMENT_CLOSED' WHEN category = 'DEACTIVATED_ACCOUNTS' THEN 'ACCOUNT_DEACTIVATED'"
                    + " ELSE 'RECORD_CREATED' END,"
                    + " disposal = CASE WHEN category IN ('REFLECTIONS', 'DEVELOPMENT_NOTES', 'AUDIT_ENTRIES')"
                    + " THEN 'DELETE' ELSE 'ANONYMISE' END, pending_months = NULL, pending_start_event = NULL,"
                    + " pending_disposal = NULL, pending_by = NULL, pending_at = NULL, version = version + 1");
        }
    }

    private void at(String instant) {
        time.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private Written write() throws Exception {
        String marker = "MARK" + UUID.randomUUID().toString().replace("-", "");
        long engagement = fixtures.engagement(coachA, ConfidentialityPolicy.HandoverRule.FULL_HISTORY, 4);
        coach.run(() -> sessions.saveGoalAndBaseline(
                engagement,
                sessions.content(engagement).getEngagement().getVersion(),
                marker + " goal",
                marker + " baseline"));
        List<Long> ids = new ArrayList<>();
        for (String n : List.of("one", "two")) {
            SessionNote form = coach.call(() -> sessions.nextSession(engagement));
            form.getCheckinAnswers().replaceAll(answer -> marker + " " + n + " check-in");
            form.setFocus(marker + " " + n + " focus");
            form.setInsight(marker + " " + n + " insight");
            form.setObstacle(marker + " " + n + " obstacle");
            form.setFollowUpPoint(marker + " " + n + " follow-up");
            form.setActionDescription("Write down " + marker + " in the journal each evening");
            form.setActionWhen("Every evening before 21:00 " + marker);
            form.setActionNotice(marker + " " + n + " notice");
            form.setActionSupport(marker + " " + n + " support");
            if (n.equals("two")) {
                form.setPreviousResult(org.throughline.session.FollowUp.Result.DONE);
            }
            ids.add(coach.call(() -> sessions.save(engagement, form, true)).getId());
        }
        FeedbackForm midpoint = coach.call(() -> feedback.feedback(engagement, FeedbackCheck.Kind.MIDPOINT));
        midpoint.getAnswers().set(0, marker + " midpoint answer");
        midpoint.setAdjustments(marker + " adjustments");
        coach.call(() -> feedback.record(engagement, midpoint));
        long client = query("SELECT client_id FROM engagement WHERE id = " + engagement);
        try (Connection connection = database.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE client SET display_name = ?, email = ? WHERE id = ?")) {
            update.setString(1, marker + " Client");
            update.setString(2, marker + "@example.org");
            update.setLong(3, client);
            update.executeUpdate();
        }
        return new Written(engagement, client, ids, marker);
    }

    /** A subject access request of the client, recorded by one administrator and approved by the other. */
    private SubjectAccessRequest approvedRequest(long client) throws Exception {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        SubjectAccessRequest made = admin.call(() -> accessRequests.request(
                client, "SAR-" + UUID.randomUUID().toString().substring(0, 8), today, "Passport seen at reception"));
        return secondAdmin.call(() -> accessRequests.approve(made.getId(), made.getVersion()));
    }

    private void close(Written written) throws Exception {
        coach.run(() -> feedback.close(written.engagement(), "The client moved to another role " + written.marker()));
    }

    /** Sets a rule as two administrators do: one changes it, the other approves what shortens it. */
    private void rule(Category category, int months, StartEvent start, Disposal disposal) throws Exception {
        boolean waits =
                admin.call(() -> retention.saveRule(category, current(category).getVersion(), months, start, disposal));
        if (waits) {
            secondAdmin.call(() ->
                    retention.approveRuleChange(category, current(category).getVersion()));
        }
    }

    private RetentionRule current(Category category) {
        return retention.rules().stream()
                .filter(r -> r.getCategory() == category)
                .findFirst()
                .orElseThrow();
    }

    private long query(String sql) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long sessionsWithContent(long engagement) throws Exception {
        return query("SELECT count(*) FROM coaching_session WHERE engagement_id = " + engagement
                + " AND (checkin_sealed IS NOT NULL OR focus_sealed IS NOT NULL OR insight_sealed IS NOT NULL"
                + " OR obstacle_sealed IS NOT NULL OR follow_up_sealed IS NOT NULL)");
    }

    /**
     * Every place a marker is still found: any text column of any table in clear, and any sealed
     * column once opened with the application's keys.
     */
    private List<String> whereFound(String marker) throws Exception {
        List<String> found = new ArrayList<>(DatabaseScan.inClearText(database, marker));
        found.addAll(DatabaseScan.inSealedColumns(database, cipher, marker));
        return found;
    }

    @Test
    void recordsGoExactlyAtTheEndOfTheirPeriodAndHeldEngagementsAreSkipped() throws Exception {
        at("2001-01-15T10:00:00Z");
        Written kept = write();
        Written held = write();
        close(kept);
        close(held);
        admin.call(() -> retention.placeHold(held.engagement(), "Complaint 2001-17: keep everything"));
        rule(Category.SESSION_NOTES, 6, StartEvent.ENGAGEMENT_CLOSED, Disposal.ANONYMISE);

        at("2001-07-15T09:59:59Z");
        assertTrue(admin.call(() -> purge.runNow()).isRan());
        assertEquals(2, sessionsWithContent(kept.engagement()), "one second before the end, nothing goes");

        at("2001-07-15T10:00:00Z");
        PurgeOutcome outcome = admin.call(() -> purge.runNow());
        assertTrue(outcome.isRan());
        assertEquals(0, sessionsWithContent(kept.engagement()), "at the end of the period the notes go");
        assertEquals(2, sessionsWithContent(held.engagement()), "the held engagement keeps its notes");
        assertTrue(
                outcome.getReceipts().stream()
                                .filter(r -> r.getCategory() == Category.SESSION_NOTES)
                                .mapToInt(PurgeReceipt::getHowMany)
                                .sum()
                        >= 2,
                "the receipt counts the kept engagement's sessions");
        assertEquals(
                Category.values().length,
                outcome.getReceipts().size(),
                "one receipt per category, however many records");

        admin.run(() -> retention.releaseHold(held.engagement()));
        admin.call(() -> purge.runNow());
        assertEquals(0, sessionsWithContent(held.engagement()), "released, the rule applies again");
    }

    @Test
    void anonymisedRowsKeepCountsDatesAndStatusesAndLoseContentAndIdentity() throws Exception {
        at("2002-03-01T08:00:00Z");
        Written written = write();
        close(written);
        for (Category category :
                List.of(Category.SESSION_NOTES, Category.ACTIONS, Category.FEEDBACK, Category.CLIENT_RECORDS)) {
            rule(category, 12, StartEvent.ENGAGEMENT_CLOSED, Disposal.ANONYMISE);
        }
        String pseudonym;
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT pseudonym FROM client WHERE id = " + written.client())) {
            rows.next();
            pseudonym = rows.getString(1);
        }
        String datesBefore = sessionFacts(written.engagement());
        long versionBefore = query("SELECT version FROM client WHERE id = " + written.client());
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            // a recap sent to the client, kept longer (24 months) than the client's record (12)
            statement.executeUpdate("INSERT INTO recap_send (session_id, engagement_id, recipient, sent_by, sent_at)"
                    + " VALUES (" + written.sessions().get(0) + ", " + written.engagement() + ", '"
                    + written.marker() + "@example.org', " + coachA + ", '2002-02-01 10:00:00')");
        }

        at("2003-03-01T08:00:00Z");
        admin.call(() -> purge.runNow());

        assertTrue(
                query("SELECT version FROM client WHERE id = " + written.client()) > versionBefore,
                "a form opened before the purge cannot write the identity back");
        assertEquals(
                "client.anonymised",
                assertThrows(
                                RuleViolation.class,
                                () -> admin.call(() -> clients.update(
                                        written.client(),
                                        new org.throughline.engagement.ClientDetails(
                                                "Named Again", "again@example.org", null))))
                        .getMessageKey(),
                "an anonymised client cannot be named again");
        long template = query("SELECT v.template_id FROM engagement e JOIN template_version v"
                + " ON v.id = e.template_version_id WHERE e.id = " + written.engagement());
        assertEquals(
                "client.anonymised",
                assertThrows(
                                RuleViolation.class,
                                () -> admin.call(() -> engagements.create(
                                        written.client(), template, java.time.LocalDate.of(2003, 4, 1))))
                        .getMessageKey(),
                "nor given a new engagement");

        assertEquals(datesBefore, sessionFacts(written.engagement()), "numbers, dates, durations, statuses stay");
        assertEquals(2, query("SELECT count(*) FROM session_action WHERE engagement_id = " + written.engagement()));
        assertEquals(
                1,
                query("SELECT count(*) FROM session_action WHERE engagement_id = " + written.engagement()
                        + " AND result = 'DONE'"),
                "the action's result stays");
        assertEquals(1, query("SELECT count(*) FROM feedback_check WHERE engagement_id = " + written.engagement()));
        assertEquals(
                1,
                query("SELECT count(*) FROM engagement WHERE id = " + written.engagement()
                        + " AND status = 'CLOSED' AND closed_at = '2002-03-01 08:00:00' AND goal_sealed IS NULL"));
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT display_name, email, organization FROM client WHERE id = " + written.client())) {
            assertTrue(rows.next(), "the client record stays, anonymised");
            assertEquals(pseudonym, rows.getString(1));
            assertNull(rows.getString(2));
            assertNull(rows.getString(3));
        }
        assertEquals(List.of(), whereFound(written.marker()));
    }

    private String sessionFacts(long engagement) throws Exception {
        StringBuilder facts = new StringBuilder();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT number, session_date, duration_minutes, status, created_at, finalized_at"
                                + " FROM coaching_session WHERE engagement_id = " + engagement + " ORDER BY number")) {
            while (rows.next()) {
                for (int c = 1; c <= 6; c++) {
                    facts.append(rows.getString(c)).append('|');
                }
                facts.append('\n');
            }
        }
        assertEquals(2, facts.toString().lines().count());
        return facts.toString();
    }

    @Test
    void afterAPurgeThatDeletesNoMarkerRemainsAnywhere() throws Exception {
        at("2002-06-01T08:00:00Z");
        Written written = write();
        close(written);
        rule(Category.CLIENT_RECORDS, 3, StartEvent.ENGAGEMENT_CLOSED, Disposal.DELETE);
        assertFalse(whereFound(written.marker()).isEmpty(), "the scan finds the marker before the purge");

        at("2002-09-01T08:00:00Z");
        admin.call(() -> purge.runNow());

        assertEquals(0, query("SELECT count(*) FROM client WHERE id = " + written.client()));
        assertEquals(0, query("SELECT count(*) FROM engagement WHERE id = " + written.engagement()));
        assertEquals(List.of(), whereFound(written.marker()));
        assertTrue(
                admin
                        .call(() -> audit.list(AuditEntry.Action.PURGE, AuditEntry.RecordType.CLIENT, null, 0, 50))
                        .stream()
                        .anyMatch(r -> r.getEntry().getRecordId() == written.client()),
                "the purge of the client is in the audit trail");
    }

    @Test
    void anErasureNeedsASecondAdministratorAndHappensOnlyAfterTheGracePeriod() throws Exception {
        at("2002-10-01T09:00:00Z");
        Written written = write();
        ErasureRequest request =
                admin.call(() -> erasures.request(written.client(), "The client asked to be forgotten (letter 12)"));
        assertEquals(
                "erasure.secondAdministrator",
                assertThrows(
                                RuleViolation.class,
                                () -> admin.run(() -> erasures.approve(request.getId(), request.getVersion())))
                        .getMessageKey());
        ErasureRequest approved = secondAdmin.call(() -> erasures.approve(request.getId(), request.getVersion()));
        assertEquals(Instant.parse("2002-10-31T09:00:00Z"), approved.getDueAt(), "30 days' grace by default");

        at("2002-10-31T08:59:59Z");
        admin.call(() -> purge.runNow());
        assertFalse(whereFound(written.marker()).isEmpty(), "within the grace period nothing is erased");

        at("2002-10-31T09:00:00Z");
        PurgeOutcome outcome = admin.call(() -> purge.runNow());
        assertEquals(List.of(), whereFound(written.marker()));
        assertEquals(0, query("SELECT count(*) FROM client WHERE id = " + written.client()));
        Map<Category, Integer> erased = new java.util.EnumMap<>(Category.class);
        outcome.getReceipts().stream()
                .filter(r -> request.getId().equals(r.getErasureId()))
                .forEach(r -> erased.put(r.getCategory(), r.getHowMany()));
        assertEquals(2, erased.get(Category.SESSION_NOTES));
        assertEquals(2, erased.get(Category.ACTIONS));
        assertEquals(1, erased.get(Category.FEEDBACK));
        assertEquals(1, erased.get(Category.CLIENT_RECORDS));
        assertEquals(
                "CARRIED_OUT",
                admin.call(() -> erasures.requestsOf(written.client()))
                        .get(0)
                        .getRequest()
                        .getStatus()
                        .name());
    }

    @Test
    void aWithdrawnOrHeldErasureIsNotCarriedOut() throws Exception {
        at("2003-01-10T09:00:00Z");
        Written withdrawn = write();
        Written held = write();
        ErasureRequest first = admin.call(() -> erasures.request(withdrawn.client(), "Asked by the client by phone"));
        ErasureRequest second = admin.call(() -> erasures.request(held.client(), "Asked by the client by e-mail"));
        ErasureRequest firstApproved = secondAdmin.call(() -> erasures.approve(first.getId(), first.getVersion()));
        secondAdmin.call(() -> erasures.approve(second.getId(), second.getVersion()));
        admin.call(() -> erasures.withdraw(first.getId(), firstApproved.getVersion()));
        admin.call(() -> retention.placeHold(held.engagement(), "Claim pending: the records are evidence"));

        at("2003-03-01T09:00:00Z");
        admin.call(() -> purge.runNow());
        assertEquals(1, query("SELECT count(*) FROM client WHERE id = " + withdrawn.client()));
        assertEquals(1, query("SELECT count(*) FROM client WHERE id = " + held.client()));
        assertEquals(2, sessionsWithContent(held.engagement()));

        admin.run(() -> retention.releaseHold(held.engagement()));
        admin.call(() -> purge.runNow());
        assertEquals(0, query("SELECT count(*) FROM client WHERE id = " + held.client()), "once released, it goes");
        assertEquals(1, query("SELECT count(*) FROM client WHERE id = " + withdrawn.client()));
    }

    @Test
    void aWithdrawalOrAHoldBetweenThePurgesReadAndItsEraseStopsThatErasure() throws Exception {
        at("2003-02-10T09:00:00Z");
        Written withdrawn = write();
        Written held = write();
        List<ErasureRequest> approved = new ArrayList<>();
        for (Written each : List.of(withdrawn, held)) {
            ErasureRequest made = admin.call(() -> erasures.request(each.client(), "Asked by the client in writing"));
            approved.add(secondAdmin.call(() -> erasures.approve(made.getId(), made.getVersion())));
        }
        at("2003-04-01T09:00:00Z");
        Instant now = time.now();
        List<Long> due = nightly.call(() -> steps.erasuresDue(now));
        assertTrue(
                due.containsAll(List.of(approved.get(0).getId(), approved.get(1).getId())), "both found due");

        // between the read and the erase: one request withdrawn, the other client's engagement put on hold
        admin.call(
                () -> erasures.withdraw(approved.get(0).getId(), approved.get(0).getVersion()));
        admin.call(() -> retention.placeHold(held.engagement(), "Claim received after the purge looked"));
        String holder = "test-" + UUID.randomUUID();
        assertTrue(nightly.call(() -> steps.takeLease(holder)));
        try {
            long run = nightly.call(() -> steps.startRun(null, now));
            for (ErasureRequest request : approved) {
                assertEquals(
                        List.of(),
                        nightly.call(() -> steps.erase(request.getId(), run, now, holder, Role.ADMIN)),
                        "no receipts: nothing erased");
            }
        } finally {
            nightly.run(() -> steps.releaseLease(holder));
        }
        assertEquals(1, query("SELECT count(*) FROM client WHERE id = " + withdrawn.client()));
        assertEquals(
                "WITHDRAWN",
                admin.call(() -> erasures.requestsOf(withdrawn.client()))
                        .get(0)
                        .getRequest()
                        .getStatus()
                        .name(),
                "a withdrawn request is not overwritten as carried out");
        assertEquals(1, query("SELECT count(*) FROM client WHERE id = " + held.client()));
        assertEquals(
                1,
                query("SELECT count(*) FROM legal_hold WHERE released_at IS NULL AND engagement_id = "
                        + held.engagement()),
                "the active hold is still there");
        admin.run(() -> retention.releaseHold(held.engagement()));
    }

    @Test
    void aRuleChangeThatKeepsRecordsForLessTimeWaitsForASecondAdministrator() throws Exception {
        at("2002-05-01T10:00:00Z");
        Written written = write();
        close(written);
        rule(Category.SESSION_NOTES, 24, StartEvent.ENGAGEMENT_CLOSED, Disposal.ANONYMISE);
        long before = query("SELECT count(*) FROM audit_entry WHERE record_type = 'RETENTION_RULE'");

        assertTrue(
                admin.call(() -> retention.saveRule(
                        Category.SESSION_NOTES,
                        current(Category.SESSION_NOTES).getVersion(),
                        1,
                        StartEvent.ENGAGEMENT_CLOSED,
                        Disposal.DELETE)),
                "a shorter period and delete instead of anonymise wait");
        assertEquals(24, admin.call(() -> current(Category.SESSION_NOTES)).getMonths(), "not in force yet");
        at("2002-07-01T10:00:00Z");
        admin.call(() -> purge.runNow());
        assertEquals(2, sessionsWithContent(written.engagement()), "the purge keeps to the approved rule");
        assertEquals(
                "retention.secondAdministrator",
                assertThrows(
                                RuleViolation.class,
                                () -> admin.call(() -> retention.approveRuleChange(
                                        Category.SESSION_NOTES,
                                        current(Category.SESSION_NOTES).getVersion())))
                        .getMessageKey(),
                "not by the one who proposed it");
        secondAdmin.call(() -> retention.approveRuleChange(
                Category.SESSION_NOTES, current(Category.SESSION_NOTES).getVersion()));
        assertEquals(
                Disposal.DELETE,
                admin.call(() -> current(Category.SESSION_NOTES)).getDisposal());
        admin.call(() -> purge.runNow());
        assertEquals(0, query("SELECT count(*) FROM coaching_session WHERE engagement_id = " + written.engagement()));

        assertFalse(
                admin.call(() -> retention.saveRule(
                        Category.SESSION_NOTES,
                        current(Category.SESSION_NOTES).getVersion(),
                        36,
                        StartEvent.ENGAGEMENT_CLOSED,
                        Disposal.ANONYMISE)),
                "keeping records longer applies at once");
        assertEquals(36, admin.call(() -> current(Category.SESSION_NOTES)).getMonths());
        assertEquals(
                before + 3,
                query("SELECT count(*) FROM audit_entry WHERE record_type = 'RETENTION_RULE'"),
                "every change is in the audit trail: proposed, approved, changed");
    }

    @Test
    void reasonsThatMayDescribeTheClientAreSealedAndGoWithTheClientsErasure() throws Exception {
        at("2003-05-01T09:00:00Z");
        Written written = write();
        String reason = "REASON" + UUID.randomUUID().toString().replace("-", "");
        admin.call(() -> retention.placeHold(written.engagement(), reason + " claim brought by the client"));
        admin.run(() -> retention.releaseHold(written.engagement()));
        ErasureRequest made = admin.call(() -> erasures.request(written.client(), reason + " asked in writing"));
        admin.call(() -> accessRequests.request(
                written.client(), "SAR-reasons", java.time.LocalDate.of(2003, 4, 28), reason + " passport seen"));
        assertEquals(
                reason + " passport seen",
                admin.call(() -> accessRequests.requestsOf(written.client()))
                        .get(0)
                        .getRequest()
                        .getIdentityCheck(),
                "the identity check is shown opened");
        assertEquals(
                List.of(),
                DatabaseScan.inClearText(database, reason),
                "no reason in clear anywhere, the audit trail included");
        assertFalse(DatabaseScan.inSealedColumns(database, cipher, reason).isEmpty(), "kept sealed");
        assertEquals(
                reason + " asked in writing",
                admin.call(() -> erasures.requestsOf(written.client()))
                        .get(0)
                        .getRequest()
                        .getReason(),
                "shown in clear on the screen");
        secondAdmin.call(() -> erasures.approve(made.getId(), made.getVersion()));
        at("2003-07-01T09:00:00Z");
        admin.call(() -> purge.runNow());
        assertEquals(0, query("SELECT count(*) FROM client WHERE id = " + written.client()));
        assertEquals(List.of(), whereFound(reason), "the reasons went with the client");
        assertEquals(List.of(), admin.call(() -> audit.verify()).problems(), "and the audit trail still verifies");
    }

    @Test
    void reasonsWrittenInClearBeforeAreSealedAtTheNextStart() throws Exception {
        Written written = write();
        LegalHold hold = admin.call(() -> retention.placeHold(written.engagement(), "A claim, sealed at once"));
        String marker = "OLDREASON" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = database.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE legal_hold SET reason = ? WHERE id = ?")) {
            update.setString(1, marker + " written before reasons were sealed");
            update.setLong(2, hold.getId());
            update.executeUpdate();
        }
        assertTrue(admin.call(() -> reasonSealing.sealClearReasons()) >= 1);
        assertEquals(List.of(), DatabaseScan.inClearText(database, marker));
        assertEquals(
                marker + " written before reasons were sealed",
                admin.call(() -> retention.holdOn(written.engagement()))
                        .orElseThrow()
                        .getReason());
        admin.run(() -> retention.releaseHold(written.engagement()));
    }

    @Test
    void aBatchThatFailsLeavesTheRunFinishedWithTheFailureNamedAndTheOtherKindsDone() throws Exception {
        at("2001-11-01T09:00:00Z");
        Written written = write();
        close(written);
        rule(Category.SESSION_NOTES, 1, StartEvent.ENGAGEMENT_CLOSED, Disposal.ANONYMISE);
        rule(Category.ACTIONS, 1, StartEvent.ENGAGEMENT_CLOSED, Disposal.ANONYMISE);
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER refuse_for_the_test BEFORE UPDATE ON coaching_session FOR EACH ROW"
                    + " BEGIN IF OLD.engagement_id = " + written.engagement()
                    + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused for the test'; END IF; END");
        }
        long run;
        try {
            at("2002-01-01T09:00:00Z");
            assertTrue(admin.call(() -> purge.runNow()).isRan());
            run = query("SELECT max(id) FROM purge_run");
        } finally {
            try (Connection connection = database.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER IF EXISTS refuse_for_the_test");
            }
        }
        assertEquals(
                1,
                query("SELECT count(*) FROM purge_run WHERE id = " + run
                        + " AND finished_at IS NOT NULL AND failed_categories = 'SESSION_NOTES'"),
                "the run is finished and names what failed");
        assertEquals(
                Category.values().length,
                query("SELECT count(*) FROM purge_receipt WHERE run_id = " + run + " AND erasure_id IS NULL"),
                "every kind of record has its receipt");
        assertEquals(2, sessionsWithContent(written.engagement()), "the failed batch changed nothing");
        assertEquals(
                0,
                query("SELECT count(*) FROM session_action WHERE engagement_id = " + written.engagement()
                        + " AND description_sealed IS NOT NULL"),
                "the other kinds were done");

        admin.call(() -> purge.runNow());
        assertEquals(0, sessionsWithContent(written.engagement()), "the next run takes up what is still due");
    }

    @Test
    void theDatabaseHoldsAtMostOneOpenHoldAndOneOpenErasurePerRecord() throws Exception {
        Written written = write();
        admin.call(() -> retention.placeHold(written.engagement(), "Claim pending: the records are evidence"));
        ErasureRequest made = admin.call(() -> erasures.request(written.client(), "Asked by the client in writing"));
        long adminId = query("SELECT id FROM account WHERE email = '" + Fixtures.ADMIN_A + "'");
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            // as two administrators at the same moment would, past the services' own checks
            assertThrows(
                    java.sql.SQLIntegrityConstraintViolationException.class,
                    () -> statement.executeUpdate(
                            "INSERT INTO legal_hold (engagement_id, reason, placed_by, placed_at) VALUES ("
                                    + written.engagement() + ", 'A second hold at once', " + adminId
                                    + ", UTC_TIMESTAMP(6))"));
            assertThrows(
                    java.sql.SQLIntegrityConstraintViolationException.class,
                    () -> statement.executeUpdate(
                            "INSERT INTO erasure_request (client_id, pseudonym, reason, requested_by, requested_at, status)"
                                    + " SELECT client_id, pseudonym, 'A second request at once', requested_by, requested_at,"
                                    + " 'REQUESTED' FROM erasure_request WHERE id = " + made.getId()));
        }
        admin.run(() -> retention.releaseHold(written.engagement()));
        admin.call(() -> retention.placeHold(written.engagement(), "A new claim after the first was settled"));
        assertEquals(
                2,
                query("SELECT count(*) FROM legal_hold WHERE engagement_id = " + written.engagement()),
                "released holds do not count");
        admin.run(() -> retention.releaseHold(written.engagement()));
    }

    @Test
    void twoPurgeRunsStartedAtTheSameMomentRemoveEachRecordOnce() throws Exception {
        at("2001-04-01T12:00:00Z");
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            written.add(write());
            close(written.get(i));
        }
        rule(Category.SESSION_NOTES, 2, StartEvent.ENGAGEMENT_CLOSED, Disposal.ANONYMISE);
        at("2001-06-01T12:00:00Z");
        long due = admin.call(() -> retention.preview()).stream()
                .filter(p -> p.getCategory() == Category.SESSION_NOTES)
                .findFirst()
                .orElseThrow()
                .getDueNow();
        assertTrue(due >= 6, "at least the six sessions written here are due: " + due);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<PurgeOutcome>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(threads.submit(() -> {
                start.await();
                return admin.call(() -> purge.runNow());
            }));
        }
        int removed = 0;
        for (Future<PurgeOutcome> run : runs) {
            removed += run.get().getReceipts().stream()
                    .filter(r -> r.getCategory() == Category.SESSION_NOTES)
                    .mapToInt(PurgeReceipt::getHowMany)
                    .sum();
        }
        threads.shutdown();
        assertEquals(due, removed, "the receipts of both runs add up to the number due");
        for (Written w : written) {
            assertEquals(0, sessionsWithContent(w.engagement()));
            for (long session : w.sessions()) {
                assertEquals(
                        1,
                        query("SELECT count(*) FROM audit_entry WHERE action = 'PURGE' AND record_type = 'SESSION'"
                                + " AND record_id = " + session),
                        "each session is purged once");
            }
        }
    }

    @Test
    void aRunFindsTheLeaseOfAnotherRunAndDoesNothingUntilItExpires() throws Exception {
        at("2001-09-01T12:00:00Z");
        Written written = write();
        close(written);
        rule(Category.SESSION_NOTES, 1, StartEvent.ENGAGEMENT_CLOSED, Disposal.ANONYMISE);
        at("2001-10-01T12:00:00Z");
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE purge_lease SET holder = 'another-instance',"
                    + " expires_at = '2001-10-01 12:05:00' WHERE id = 1");
        }
        assertFalse(admin.call(() -> purge.runNow()).isRan());
        assertEquals(2, sessionsWithContent(written.engagement()));

        at("2001-10-01T12:05:00Z"); // the other instance's lease has expired
        assertTrue(admin.call(() -> purge.runNow()).isRan());
        assertEquals(0, sessionsWithContent(written.engagement()));
        assertEquals(0, query("SELECT count(*) FROM purge_lease WHERE holder IS NOT NULL"), "the lease is given back");
    }

    @Test
    void theExportHoldsEveryMarkerOfItsClientAndNoneOfAnother() throws Exception {
        Written mine = write();
        Written other = write();
        SubjectAccessRequest request = approvedRequest(mine.client());
        String json = new String(admin.call(() -> subjectAccess.json(request.getId())), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>(List.of(
                mine.marker() + " Client",
                mine.marker() + "@example.org",
                mine.marker() + " goal",
                mine.marker() + " baseline",
                mine.marker() + " midpoint answer",
                mine.marker() + " adjustments",
                "Write down " + mine.marker() + " in the journal each evening",
                "Every evening before 21:00 " + mine.marker()));
        for (String n : List.of("one", "two")) {
            for (String part : List.of("check-in", "focus", "insight", "obstacle", "follow-up", "notice", "support")) {
                expected.add(mine.marker() + " " + n + " " + part);
            }
        }
        List<String> missing =
                expected.stream().filter(text -> !json.contains(text)).toList();
        assertEquals(List.of(), missing, "the JSON holds every record of the client");
        assertFalse(json.contains(other.marker()), "the JSON holds nothing of another client");

        byte[] pdf = admin.call(() -> subjectAccess.pdf(request.getId()));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String flat = text.toString().replaceAll("\\s+", " ");
        List<String> missingInPdf =
                expected.stream().filter(t -> !flat.contains(t)).toList();
        assertEquals(List.of(), missingInPdf, "the PDF holds every record of the client");
        assertFalse(flat.contains(other.marker()), "the PDF holds nothing of another client");

        for (AuditEntry.RecordType type : List.of(AuditEntry.RecordType.SESSION, AuditEntry.RecordType.ACTION)) {
            List<org.throughline.audit.AuditRow> exports =
                    admin.call(() -> audit.list(AuditEntry.Action.EXPORT, type, mine.engagement(), 0, 50));
            assertEquals(
                    4,
                    exports.size(),
                    "each of the two " + type + " records exported twice (JSON, PDF) is one EXPORT entry per export");
            assertTrue(
                    exports.stream().allMatch(e -> e.getEntry()
                            .getReason()
                            .equals("Subject access request " + request.getReference())),
                    "every export names the request");
        }
    }

    @Test
    void theExportIsRefusedWhereThePolicyDoesNotLetAdministratorsExport() throws Exception {
        Written written = write();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE confidentiality_policy p JOIN engagement_template t ON t.policy_id = p.id"
                    + " JOIN template_version v ON v.template_id = t.id JOIN engagement e ON e.template_version_id = v.id"
                    + " SET p.export_roles = 'COACH' WHERE e.id = " + written.engagement());
        }
        SubjectAccessRequest request = approvedRequest(written.client());
        assertEquals(
                "subjectAccess.policyForbids",
                assertThrows(RuleViolation.class, () -> admin.call(() -> subjectAccess.json(request.getId())))
                        .getMessageKey());
    }

    @Test
    void oldAuditEntriesGoOldestFirstAndTheTrailStillVerifies() throws Exception {
        rule(Category.AUDIT_ENTRIES, 1, StartEvent.RECORD_CREATED, Disposal.DELETE);
        Written written = write(); // entries made now
        long lastBefore = query("SELECT max(id) FROM audit_entry");
        at(Instant.now().plus(Duration.ofDays(31)).plusSeconds(600).toString());
        long due = admin.call(() -> retention.preview()).stream()
                .filter(p -> p.getCategory() == Category.AUDIT_ENTRIES)
                .findFirst()
                .orElseThrow()
                .getDueNow();
        PurgeOutcome outcome = admin.call(() -> purge.runNow());
        int removed = outcome.getReceipts().stream()
                .filter(r -> r.getCategory() == Category.AUDIT_ENTRIES)
                .mapToInt(PurgeReceipt::getHowMany)
                .sum();
        assertEquals(due, removed);
        String now =
                java.time.LocalDateTime.ofInstant(time.now(), ZoneOffset.UTC).toString();
        long firstKept = query("SELECT min(id) FROM audit_entry WHERE date_add(occurred_at, INTERVAL 1 MONTH) > '" + now
                + "' OR engagement_id IN (SELECT engagement_id FROM legal_hold WHERE released_at IS NULL)");
        assertEquals(
                firstKept, query("SELECT min(id) FROM audit_entry"), "every entry before the first one kept is gone");
        assertTrue(removed > 0, "entries older than a month went");
        assertEquals(
                0,
                query("SELECT count(*) FROM audit_entry WHERE id <= " + lastBefore + " AND id < " + firstKept),
                "nothing older is left behind");
        assertEquals(List.of(), admin.call(() -> audit.verify()).problems(), "what is left of the chain verifies");
        assertEquals(
                query("SELECT count(*) FROM audit_entry"),
                admin.call(() -> audit.count(null, null, null, 0)),
                "the audit page counts what is left from the blocks, the cut first block included");
        assertTrue(
                query("SELECT count(*) FROM audit_entry WHERE engagement_id = " + written.engagement()) == 0
                        || firstKept <= lastBefore,
                "the entries just written went, unless an older held engagement stopped the purge before them");
    }

    @Test
    void theNightlyRunWarnsAdministratorsOfRecordsDueSoonInCountsOnly() throws Exception {
        at("2002-12-01T06:00:00Z");
        Written written = write();
        close(written);
        rule(Category.SESSION_NOTES, 1, StartEvent.ENGAGEMENT_CLOSED, Disposal.ANONYMISE);
        at("2002-12-22T06:00:00Z"); // ten days before the end; administrators are warned 14 days ahead
        try (SmtpSink sink = SmtpSink.accepting()) {
            assertTrue(nightly.call(() -> purge.runNightly()).isRan());
            List<String> toAdminA = sink.received().stream()
                    .filter(m -> m.recipient().equals(Fixtures.ADMIN_A))
                    .map(SmtpSink.Received::data)
                    .toList();
            assertEquals(1, toAdminA.size(), "each administrator gets one warning");
            String text = (String) new jakarta.mail.internet.MimeMessage(
                            jakarta.mail.Session.getInstance(new java.util.Properties()),
                            new java.io.ByteArrayInputStream(toAdminA.get(0).getBytes(StandardCharsets.UTF_8)))
                    .getContent();
            assertTrue(text.contains("Session notes and check-ins: "), text);
            assertFalse(text.contains(written.marker()), "the warning holds no content");
        }
        assertEquals(2, sessionsWithContent(written.engagement()), "a warning, not yet a purge");
    }

    @Test
    void aDeactivatedAccountLosesItsNameEmailAndPasswordAtTheEndOfItsPeriod() throws Exception {
        at("2001-05-01T10:00:00Z");
        String email = "leaver-" + UUID.randomUUID().toString().substring(0, 8) + "@incontainer.test";
        long leaver = fixtures.account(email, Role.COACH);
        admin.call(() -> accounts.deactivate(leaver));
        rule(Category.DEACTIVATED_ACCOUNTS, 1, StartEvent.ACCOUNT_DEACTIVATED, Disposal.ANONYMISE);

        at("2001-06-01T09:59:59Z");
        admin.call(() -> purge.runNow());
        assertEquals(1, query("SELECT count(*) FROM account WHERE id = " + leaver + " AND email = '" + email + "'"));

        at("2001-06-01T10:00:00Z");
        admin.call(() -> purge.runNow());
        assertEquals(
                1,
                query("SELECT count(*) FROM account WHERE id = " + leaver + " AND email <> '" + email
                        + "' AND display_name = 'A-" + leaver + "' AND password_hash = '!' AND active = false"));
        assertEquals(1, query("SELECT count(*) FROM account_role WHERE account_id = " + leaver), "roles stay");
        assertEquals(List.of(), whereFound(email), "the e-mail address is gone everywhere, the security log too");
        assertEquals(
                "account.anonymised",
                assertThrows(RuleViolation.class, () -> admin.call(() -> accounts.reactivate(leaver)))
                        .getMessageKey(),
                "an anonymised account is never used again");
    }

    @Test
    void onlyAdministratorsReachRetention() throws Exception {
        Written written = write();
        assertThrows(EJBAccessException.class, () -> coach.call(() -> purge.runNow()));
        assertThrows(EJBAccessException.class, () -> coach.call(() -> retention.preview()));
        SubjectAccessRequest request = approvedRequest(written.client());
        assertThrows(EJBAccessException.class, () -> coach.call(() -> subjectAccess.json(request.getId())));
        assertThrows(
                EJBAccessException.class,
                () -> coach.call(() -> accessRequests.request(
                        written.client(), "SAR-coach", java.time.LocalDate.now(), "The coach tries it")));
        assertThrows(
                EJBAccessException.class,
                () -> coach.call(() -> erasures.request(written.client(), "I want it gone now")));
        assertThrows(
                EJBAccessException.class,
                () -> coach.call(() -> retention.placeHold(written.engagement(), "Coach tries to hold it")));
    }
}
