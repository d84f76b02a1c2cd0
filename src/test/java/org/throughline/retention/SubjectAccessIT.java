package org.throughline.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
import org.throughline.identity.Role;
import org.throughline.policy.ConfidentialityPolicy;
import org.throughline.session.SessionNote;
import org.throughline.session.SessionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;
import org.throughline.testsupport.Deployments;
import org.throughline.testsupport.incontainer.AsAdminA;
import org.throughline.testsupport.incontainer.AsAdminB;
import org.throughline.testsupport.incontainer.AsCoachA;
import org.throughline.testsupport.incontainer.Fixtures;

/**
 * Subject access as a request: no content without a request a second administrator approved; final
 * records only; the coach is told; the file for 7 days; a deadline of one month, extended once with a reason.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectAccessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(SubjectAccessIT.class);
    }

    @Inject
    private SubjectAccessRequests requests;

    @Inject
    private SubjectAccessService files;

    @Inject
    private SessionService sessions;

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

    @Resource(lookup = "jdbc/throughline")
    private DataSource database;

    private long coachA;

    /** An engagement with one final session and one draft, each carrying the marker. */
    private record Written(long engagement, long client, String marker) {}

    @BeforeEach
    void people() {
        coachA = fixtures.account(Fixtures.COACH_A, Role.COACH);
        fixtures.account(Fixtures.ADMIN_A, Role.ADMIN);
        fixtures.account(Fixtures.ADMIN_B, Role.ADMIN);
    }

    @AfterEach
    void realTime() {
        time.use(Clock.systemUTC());
    }

    private Written write() throws Exception {
        String marker = "SAR" + UUID.randomUUID().toString().replace("-", "");
        long engagement = fixtures.engagement(coachA, ConfidentialityPolicy.HandoverRule.FULL_HISTORY, 4);
        coach.run(() -> sessions.saveGoalAndBaseline(
                engagement,
                sessions.content(engagement).getEngagement().getVersion(),
                marker + " goal",
                marker + " baseline"));
        for (String n : List.of("final", "draft")) {
            SessionNote form = coach.call(() -> sessions.nextSession(engagement));
            form.getCheckinAnswers().replaceAll(answer -> marker + " " + n + " check-in");
            form.setFocus(marker + " " + n + " focus");
            form.setInsight(marker + " " + n + " insight");
            form.setObstacle(marker + " " + n + " obstacle");
            form.setFollowUpPoint(marker + " " + n + " follow-up");
            form.setActionDescription("Write down " + marker + " " + n + " action each evening");
            form.setActionWhen("Every evening before 21:00");
            form.setActionNotice(marker + " " + n + " notice");
            if (n.equals("draft")) {
                form.setPreviousResult(org.throughline.session.FollowUp.Result.PARTLY);
                form.setPreviousReason(org.throughline.session.FollowUp.Reason.TOO_LARGE);
            }
            coach.call(() -> sessions.save(engagement, form, n.equals("final")));
        }
        return new Written(engagement, number("SELECT client_id FROM engagement WHERE id = " + engagement), marker);
    }

    private SubjectAccessRequest record(long client, LocalDate receivedOn) throws Exception {
        return admin.call(() -> requests.request(
                client,
                "SAR-" + UUID.randomUUID().toString().substring(0, 8),
                receivedOn,
                "Passport seen at reception"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
    }

    private static String refusal(Callable<?> work) {
        return assertThrows(RuleViolation.class, work::call).getMessageKey();
    }

    @Test
    void noContentWithoutARequestThatASecondAdministratorApproved() throws Exception {
        Written written = write();
        assertEquals(
                "subjectAccess.requestRequired",
                refusal(() -> admin.call(() -> sessions.contentForExport(written.engagement()))),
                "no export path outside a request");
        SubjectAccessRequest made = record(written.client(), today());
        assertEquals("subjectAccess.notApproved", refusal(() -> admin.call(() -> files.json(made.getId()))));
        assertEquals(
                "subjectAccess.secondAdministrator",
                refusal(() -> admin.call(() -> requests.approve(made.getId(), made.getVersion()))),
                "the administrator who recorded it cannot approve it");
        SubjectAccessRequest approved = secondAdmin.call(() -> requests.approve(made.getId(), made.getVersion()));
        String json = new String(admin.call(() -> files.json(approved.getId())), StandardCharsets.UTF_8);
        assertTrue(json.contains(written.marker() + " goal"));
        assertTrue(json.contains(made.getReference()), "the file names the request");
    }

    @Test
    void theFileHoldsFinalRecordsOnlyAndTheCoachIsTold() throws Exception {
        Written written = write();
        SubjectAccessRequest made = record(written.client(), today());
        secondAdmin.call(() -> requests.approve(made.getId(), made.getVersion()));
        String json = new String(admin.call(() -> files.json(made.getId())), StandardCharsets.UTF_8);
        assertTrue(json.contains(written.marker() + " final focus"));
        assertTrue(json.contains("Write down " + written.marker() + " final action"));
        assertFalse(json.contains(written.marker() + " draft"), "nothing of the draft session");
        assertFalse(json.contains("PARTLY") || json.contains("TOO_LARGE"), "no follow-up recorded in the draft");
        assertEquals(
                2,
                number("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND engagement_id = "
                        + written.engagement() + " AND record_type IN ('SESSION', 'ACTION')"
                        + " AND reason = 'Subject access request " + made.getReference() + "'"),
                "one EXPORT entry under the request for each record in the file: the final session and its action");

        List<SubjectAccessRow> told = coach.call(() -> requests.givenOutFromMyEngagement(written.engagement()));
        assertEquals(1, told.size());
        assertEquals(made.getReference(), told.get(0).getRequest().getReference());
        assertTrue(
                told.get(0).getApprovedBy() != null
                        && !told.get(0).getApprovedBy().isBlank(),
                "who approved");
        assertTrue(told.get(0).getRequest().getApprovedAt() != null, "when");
    }

    @Test
    void theFileCanBeDownloadedForSevenDaysOnly() throws Exception {
        Written written = write();
        Instant approvedAt = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        time.use(Clock.fixed(approvedAt, ZoneOffset.UTC));
        SubjectAccessRequest made = record(written.client(), today());
        secondAdmin.call(() -> requests.approve(made.getId(), made.getVersion()));
        time.use(Clock.fixed(approvedAt.plus(Duration.ofDays(7)).minusSeconds(60), ZoneOffset.UTC));
        assertTrue(admin.call(() -> files.pdf(made.getId())).length > 0, "on the seventh day");
        time.use(Clock.fixed(approvedAt.plus(Duration.ofDays(7)).plusSeconds(1), ZoneOffset.UTC));
        assertEquals("subjectAccess.downloadOver", refusal(() -> admin.call(() -> files.json(made.getId()))));
        assertEquals("subjectAccess.downloadOver", refusal(() -> admin.call(() -> files.pdf(made.getId()))));
    }

    @Test
    void theDeadlineIsOneMonthFromReceiptAndIsExtendedOnceWithAReason() throws Exception {
        long client = write().client();
        assertEquals(
                "subjectAccess.receivedOnInvalid",
                refusal(() -> record(client, today().plusDays(1))),
                "a request cannot arrive tomorrow");
        SubjectAccessRequest made = record(client, today().minusDays(40));
        assertEquals(today().minusDays(40).plusMonths(1), made.getDueOn());
        SubjectAccessRow row = admin.call(() -> requests.requestsOf(client)).get(0);
        assertTrue(row.daysLeft(today()) < 0, "overdue");
        assertEquals("subjectAccess.alreadyRequested", refusal(() -> record(client, today())));

        LocalDate allowed = made.getDueOn().plusMonths(2);
        assertEquals(
                "subjectAccess.extensionReasonLength",
                refusal(() -> admin.call(() -> requests.extend(made.getId(), made.getVersion(), allowed, " "))),
                "an extension needs a reason");
        assertEquals(
                "subjectAccess.extensionRange",
                refusal(() -> admin.call(() -> requests.extend(
                        made.getId(), made.getVersion(), allowed.plusDays(1), "Many engagements over three years"))),
                "by two months at most");
        SubjectAccessRequest extended = admin.call(
                () -> requests.extend(made.getId(), made.getVersion(), allowed, "Many engagements over three years"));
        assertEquals(allowed, extended.getDeadline());
        SubjectAccessRow now = admin.call(() -> requests.requestsOf(client)).get(0);
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(today(), allowed), now.daysLeft(today()));
        assertEquals(
                "subjectAccess.extendedOnce",
                refusal(() -> admin.call(() -> requests.extend(
                        extended.getId(), extended.getVersion(), allowed, "Once more, please, it is a lot"))));
        assertTrue(
                admin.call(() -> requests.waiting()).stream()
                        .anyMatch(r -> r.getRequest().getId().equals(made.getId())),
                "listed as waiting, with its deadline");
    }

    private long number(String sql) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
