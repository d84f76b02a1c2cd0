package org.throughline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.engagement.Engagement;
import org.throughline.identity.Role;
import org.throughline.policy.ConfidentialityPolicy.HandoverRule;
import org.throughline.shared.Label;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;
import org.throughline.testsupport.Deployments;
import org.throughline.testsupport.incontainer.AsCoachA;
import org.throughline.testsupport.incontainer.AsCoachB;
import org.throughline.testsupport.incontainer.Fixtures;
import org.throughline.testsupport.incontainer.SmtpSink;
import org.throughline.testsupport.incontainer.Work;

/** Recording sessions through the service, as the coaches of the engagements, on the real database. */
@ExtendWith(ArquillianExtension.class)
class SessionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(SessionIT.class);
    }

    @Inject
    private SessionService sessions;

    @Inject
    private Fixtures fixtures;

    @Inject
    private TimeSource time;

    @Inject
    private FeedbackService feedback;

    @Inject
    private RecapService recaps;

    @Inject
    private AsCoachA coachA;

    @Inject
    private AsCoachB coachB;

    @Inject
    private NormSealing normSealing;

    @Inject
    private org.throughline.testsupport.incontainer.AsAdmin asAdmin;

    @jakarta.annotation.Resource(lookup = "jdbc/throughline")
    private javax.sql.DataSource database;

    private long a;
    private long b;

    @BeforeEach
    void accounts() {
        a = fixtures.account(Fixtures.COACH_A, Role.COACH);
        b = fixtures.account(Fixtures.COACH_B, Role.COACH);
    }

    /** A session form with every part a final session needs. */
    private SessionNote complete(long engagement, String action) throws Exception {
        SessionNote form = coachA.call(() -> sessions.nextSession(engagement));
        form.setFocus("Running the weekly team meeting");
        form.setInsight("Silence after a question is not a failure");
        form.setObstacle("Old habit of answering her own questions");
        form.setFollowUpPoint("How the team responded");
        form.setActionDescription(action);
        form.setActionWhen("At Monday's team meeting");
        form.setActionNotice("Who speaks first, and after how long");
        if (form.getPreviousAction() != null) {
            form.setPreviousResult(FollowUp.Result.DONE);
        }
        return form;
    }

    private static String refusal(Work work) {
        return assertThrows(RuleViolation.class, work::run).getMessageKey();
    }

    @Test
    void aFinalizedSessionCanNoLongerBeChanged() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        SessionNote draft = coachA.call(
                () -> sessions.save(engagement, complete(engagement, "Ask one open question and wait"), false));
        assertEquals(CoachingSession.Status.DRAFT, draft.getStatus());
        draft.setFocus("Changed in the draft");
        SessionNote saved = coachA.call(() -> sessions.save(engagement, draft, true));
        assertTrue(saved.isFinal());
        assertEquals("Changed in the draft", saved.getFocus());

        saved.setFocus("Changed after finalizing");
        assertEquals("session.final", refusal(() -> coachA.run(() -> sessions.save(engagement, saved, false))));
        assertEquals("session.final", refusal(() -> coachA.run(() -> sessions.save(engagement, saved, true))));
        assertEquals(
                "Changed in the draft",
                coachA.call(() -> sessions.session(engagement, saved.getId())).getFocus());
        assertEquals(
                Engagement.Status.ACTIVE,
                coachA.call(() -> sessions.content(engagement)).getEngagement().getStatus());
    }

    @Test
    void finalizingNeedsEveryPartOfTheNote() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        SessionNote form = complete(engagement, "Ask one open question and wait");
        form.setFocus(" ");
        assertEquals("session.focusRequired", refusal(() -> coachA.run(() -> sessions.save(engagement, form, true))));
        form.setFocus("Meetings");
        form.setActionWhen(null);
        assertEquals("action.whenRequired", refusal(() -> coachA.run(() -> sessions.save(engagement, form, true))));
        form.setActionWhen("Monday");
        form.setActionNotice("");
        assertEquals("action.noticeRequired", refusal(() -> coachA.run(() -> sessions.save(engagement, form, true))));
        form.setActionNotice("Who speaks first");
        form.setFollowUpPoint(null);
        assertEquals(
                "session.followUpRequired", refusal(() -> coachA.run(() -> sessions.save(engagement, form, true))));
        form.setFollowUpPoint("The team's answers");
        form.setActionDescription("");
        assertEquals("session.actionRequired", refusal(() -> coachA.run(() -> sessions.save(engagement, form, true))));
        // nothing was saved by the refused attempts
        assertTrue(coachA.call(() -> sessions.content(engagement)).getSessions().isEmpty());
    }

    @Test
    void aResultShortOfDoneNeedsAReason() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask one open question and wait"), true));

        SessionNote second = complete(engagement, "Ask one open question in the first ten minutes");
        assertEquals(1, second.getPreviousAction().getSessionNumber());
        second.setPreviousResult(null);
        assertEquals(
                "followUp.resultRequired", refusal(() -> coachA.run(() -> sessions.save(engagement, second, true))));
        second.setPreviousResult(FollowUp.Result.NOT_DONE);
        assertEquals(
                "followUp.reasonRequired", refusal(() -> coachA.run(() -> sessions.save(engagement, second, true))));
        second.setPreviousReason(FollowUp.Reason.OTHER);
        assertEquals(
                "followUp.otherNeedsWords", refusal(() -> coachA.run(() -> sessions.save(engagement, second, true))));
        second.setPreviousReason(FollowUp.Reason.TOO_LARGE);
        coachA.call(() -> sessions.save(engagement, second, true));

        List<ActionRow> tracker =
                coachA.call(() -> sessions.content(engagement)).getActions();
        assertEquals(2, tracker.size());
        assertEquals(FollowUp.Result.NOT_DONE, tracker.get(0).getResult());
        assertEquals(FollowUp.Reason.TOO_LARGE, tracker.get(0).getReason());
        assertNull(tracker.get(1).getResult());
    }

    @Test
    void anOverLongNoteFieldIsRefusedWithItsMessage() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        SessionNote form = complete(engagement, "Ask one open question and wait");
        form.setInsight("i".repeat(501));
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> coachA.run(() -> sessions.save(engagement, form, false)));
        assertEquals("note.tooLong", refused.getMessageKey());
        assertEquals(new Label("session.field.insight"), refused.getArguments()[0]);
        assertEquals(500, refused.getArguments()[1]);
        assertTrue(coachA.call(() -> sessions.content(engagement)).getSessions().isEmpty());

        form.setInsight("i".repeat(500));
        assertEquals(
                500,
                coachA.call(() -> sessions.save(engagement, form, false))
                        .getInsight()
                        .length());
    }

    @Test
    void aSecondTabCannotOverwriteTheFirst() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        long id = coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask one open question"), false))
                .getId();
        SessionNote firstTab = coachA.call(() -> sessions.session(engagement, id));
        SessionNote secondTab = coachA.call(() -> sessions.session(engagement, id));
        firstTab.setFocus("Saved in the first tab");
        coachA.call(() -> sessions.save(engagement, firstTab, false));
        secondTab.setFocus("Saved in the second tab");
        assertEquals(
                "session.changedElsewhere",
                refusal(() -> coachA.run(() -> sessions.save(engagement, secondTab, false))));
        assertEquals(
                "Saved in the first tab",
                coachA.call(() -> sessions.session(engagement, id)).getFocus());
    }

    @Test
    void aVagueActionIsSavedOnlyWhenTheCoachKeepsItAndTheFlagStays() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        SessionNote form = complete(engagement, "Be more confident");
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> coachA.run(() -> sessions.save(engagement, form, false)));
        assertEquals("action.unclear", refused.getMessageKey());
        assertEquals("be more", refused.getArguments()[0]);

        form.setSaveDespiteFlags(true);
        SessionNote saved = coachA.call(() -> sessions.save(engagement, form, true));
        assertEquals(List.of(ClarityCheck.Flag.VAGUE), saved.getSavedFlags());
        assertTrue(coachA.call(() -> sessions.content(engagement))
                .getActions()
                .get(0)
                .isFlagged());
    }

    @Test
    void anEngagementIsOverdueWhileAPlannedDateHasPassedWithoutAFinalSession() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4); // starts 2027-03-01, weekly
        time.use(Clock.fixed(Instant.parse("2027-03-09T12:00:00Z"), ZoneOffset.UTC)); // sessions 1 and 2 are due
        try {
            assertTrue(overdue(engagement));
            coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask one open question"), true));
            assertTrue(overdue(engagement), "one of two due sessions is recorded");
            coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask two open questions"), false));
            assertTrue(overdue(engagement), "a draft does not count");
            SessionNote draft = coachA.call(() -> sessions.nextSession(engagement));
            draft.setPreviousResult(FollowUp.Result.DONE);
            coachA.call(() -> sessions.save(engagement, draft, true));
            assertFalse(overdue(engagement));
        } finally {
            time.use(Clock.systemUTC());
        }
    }

    private boolean overdue(long engagement) throws Exception {
        return fixtures.overdueEngagements().contains(engagement);
    }

    private void on(String day) {
        time.use(Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC));
    }

    private FeedbackCheck.State state(long engagement, FeedbackCheck.Kind kind) throws Exception {
        return coachA.call(() -> feedback.states(engagement)).get(kind);
    }

    @Test
    void theMidpointFeedbackAndTheClosingReflectionComeDueAndOverdueByDate() throws Exception {
        // four weekly sessions from 2027-03-01: the midpoint is session 2 (03-08), the closing session 4 (03-22)
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        try {
            on("2027-03-07");
            assertEquals(FeedbackCheck.State.UPCOMING, state(engagement, FeedbackCheck.Kind.MIDPOINT));
            on("2027-03-08");
            assertEquals(FeedbackCheck.State.DUE, state(engagement, FeedbackCheck.Kind.MIDPOINT));
            assertEquals(FeedbackCheck.State.UPCOMING, state(engagement, FeedbackCheck.Kind.CLOSING));
            on("2027-03-09");
            assertEquals(FeedbackCheck.State.OVERDUE, state(engagement, FeedbackCheck.Kind.MIDPOINT));

            FeedbackForm midpoint = coachA.call(() -> feedback.feedback(engagement, FeedbackCheck.Kind.MIDPOINT));
            assertEquals(FeedbackCheck.State.OVERDUE, midpoint.getState());
            assertEquals(
                    "feedback.answerRequired", refusal(() -> coachA.run(() -> feedback.record(engagement, midpoint))));
            midpoint.getAnswers().set(0, "The actions between sessions");
            midpoint.setAdjustments("Shorter actions, checked by e-mail once");
            coachA.call(() -> feedback.record(engagement, midpoint));
            assertEquals(FeedbackCheck.State.RECORDED, state(engagement, FeedbackCheck.Kind.MIDPOINT));
            assertEquals(
                    "Shorter actions, checked by e-mail once",
                    coachA.call(() -> feedback.feedback(engagement, FeedbackCheck.Kind.MIDPOINT))
                            .getAdjustments());

            on("2027-03-22");
            assertEquals(FeedbackCheck.State.DUE, state(engagement, FeedbackCheck.Kind.CLOSING));
            on("2027-03-23");
            assertEquals(FeedbackCheck.State.OVERDUE, state(engagement, FeedbackCheck.Kind.CLOSING));
        } finally {
            time.use(Clock.systemUTC());
        }
    }

    @Test
    void closingNeedsTheClosingReflectionOrAStatedReason() throws Exception {
        long withoutReflection = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        assertEquals(
                "engagement.closeNeedsReflection",
                refusal(() -> coachA.run(() -> feedback.close(withoutReflection, null))));
        assertEquals(
                "engagement.closeNeedsReflection",
                refusal(() -> coachA.run(() -> feedback.close(withoutReflection, "moved"))));
        coachA.run(() -> feedback.close(withoutReflection, "The client left the organization in May"));
        assertEquals(
                Engagement.Status.CLOSED,
                coachA.call(() -> sessions.content(withoutReflection))
                        .getEngagement()
                        .getStatus());
        assertEquals("engagement.ended", refusal(() -> coachA.run(() -> sessions.nextSession(withoutReflection))));

        long withReflection = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        FeedbackForm closing = coachA.call(() -> feedback.feedback(withReflection, FeedbackCheck.Kind.CLOSING));
        closing.getAnswers().set(0, "Meetings end with decisions now");
        coachA.call(() -> feedback.record(withReflection, closing));
        coachA.run(() -> feedback.close(withReflection, null));
        assertEquals(
                Engagement.Status.CLOSED,
                coachA.call(() -> sessions.content(withReflection))
                        .getEngagement()
                        .getStatus());
    }

    @Test
    void theRecapCarriesTheActionAndTheNormAndNothingElseFromTheNote() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        SessionNote draft = coachA.call(
                () -> sessions.save(engagement, complete(engagement, "Ask one open question and wait"), false));
        assertEquals("recap.notFinal", refusal(() -> coachA.run(() -> recaps.preview(engagement, draft.getId()))));
        SessionNote saved = coachA.call(() -> sessions.save(engagement, draft, true));
        String channel =
                coachA.call(() -> sessions.content(engagement)).getNorm().getChannel();

        try (SmtpSink sink = SmtpSink.accepting()) {
            RecapSend sent = coachA.call(() -> recaps.send(engagement, saved.getId()));
            assertEquals(1, sink.received().size());
            SmtpSink.Received mail = sink.received().get(0);
            assertEquals(sent.getRecipient(), mail.recipient());
            String text = (String) new jakarta.mail.internet.MimeMessage(
                            jakarta.mail.Session.getInstance(new java.util.Properties()),
                            new java.io.ByteArrayInputStream(
                                    mail.data().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .getContent();
            assertTrue(text.contains("Ask one open question and wait"), text);
            assertTrue(text.contains("At Monday's team meeting"), text);
            assertTrue(text.contains("Who speaks first, and after how long"), text);
            assertTrue(text.contains(channel), text);
            for (String confidential : List.of(
                    "Silence after a question is not a failure",
                    "Old habit of answering her own questions",
                    "Running the weekly team meeting",
                    "How the team responded")) {
                assertFalse(text.contains(confidential), "the recap must not carry: " + confidential);
            }
        }
        assertEquals(
                1, coachA.call(() -> recaps.sends(engagement, saved.getId())).size());
    }

    @Test
    void aFailedSendSaysSoAndRecordsNothing() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        SessionNote saved = coachA.call(
                () -> sessions.save(engagement, complete(engagement, "Ask one open question and wait"), true));
        try (SmtpSink sink = SmtpSink.refusing()) {
            assertEquals("recap.failed", refusal(() -> coachA.run(() -> recaps.send(engagement, saved.getId()))));
        }
        assertTrue(coachA.call(() -> recaps.sends(engagement, saved.getId())).isEmpty());
        assertTrue(
                coachA.call(() -> sessions.session(engagement, saved.getId())).isFinal());
    }

    @Test
    void theCaseloadTrackerListsOpenAndFlaggedActionsOfTheCoachOnly() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask one open question and wait"), true));
        SessionNote second = complete(engagement, "Try to speak up more");
        second.setSaveDespiteFlags(true);
        coachA.call(() -> sessions.save(engagement, second, true));

        List<ActionRow> mine = coachA.call(() -> sessions.caseloadActions()).stream()
                .filter(row -> row.getEngagementId() == engagement)
                .toList();
        assertEquals(1, mine.size(), "the followed-up action is neither open nor flagged");
        assertEquals("Try to speak up more", mine.get(0).getDescription());
        assertTrue(mine.get(0).isFlagged());
        assertTrue(coachB.call(() -> sessions.caseloadActions()).stream()
                .noneMatch(row -> row.getEngagementId() == engagement));
    }

    @Test
    void answersOfAQuestionSetComeBackAsTheyWereGiven() {
        List<String> given = List.of("First \"quoted\" answer", "", "Third, with a comma");
        String json = Answers.toJson(given);
        assertEquals(List.of("First \"quoted\" answer", "", "Third, with a comma", ""), Answers.fromJson(json, 4));
        assertNull(Answers.toJson(List.of(" ", "")));
    }

    @Test
    void afterReassignmentThePreviousCoachIsRefused() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.FULL_HISTORY, 4);
        long session = coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask one open question"), true))
                .getId();
        fixtures.reassign(engagement, b);

        assertEquals("engagement.notFound", refusal(() -> coachA.run(() -> sessions.content(engagement))));
        assertEquals("engagement.notFound", refusal(() -> coachA.run(() -> sessions.session(engagement, session))));
        assertEquals("engagement.notFound", refusal(() -> coachA.run(() -> sessions.nextSession(engagement))));
        assertEquals(
                "engagement.notFound",
                refusal(() -> coachA.run(() -> sessions.saveGoalAndBaseline(
                        engagement, sessions.content(engagement).getEngagement().getVersion(), "Mine", "Still mine"))));
    }

    @Test
    void withFullHistoryTheNewCoachSeesEveryEarlierSession() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.FULL_HISTORY, 4);
        coachA.run(() -> sessions.saveGoalAndBaseline(
                engagement,
                sessions.content(engagement).getEngagement().getVersion(),
                "Lead meetings calmly",
                "Dreads Mondays"));
        long session = coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask one open question"), true))
                .getId();
        fixtures.reassign(engagement, b);

        EngagementContent seen = coachB.call(() -> sessions.content(engagement));
        assertEquals("Lead meetings calmly", seen.getGoal());
        assertEquals(1, seen.getSessions().size());
        assertEquals(0, seen.getHiddenSessions());
        assertEquals(
                "Running the weekly team meeting", seen.getSessions().get(0).getFocus());
        assertEquals("Running the weekly team meeting", seen.getActions().get(0).getFocus());
        assertEquals(
                "Silence after a question is not a failure",
                coachB.call(() -> sessions.session(engagement, session)).getInsight());
        assertEquals(
                "How the team responded",
                coachB.call(() -> sessions.nextSession(engagement)).getPreviousFollowUpPoint());
    }

    @Test
    void withGoalAndActionsTheNewCoachSeesNoEarlierNote() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        coachA.run(() -> sessions.saveGoalAndBaseline(
                engagement,
                sessions.content(engagement).getEngagement().getVersion(),
                "Lead meetings calmly",
                "Dreads Mondays"));
        long session = coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask one open question"), true))
                .getId();
        fixtures.reassign(engagement, b);

        EngagementContent seen = coachB.call(() -> sessions.content(engagement));
        assertEquals("Lead meetings calmly", seen.getGoal());
        assertEquals("Dreads Mondays", seen.getBaseline());
        assertTrue(seen.getSessions().isEmpty());
        assertEquals(1, seen.getHiddenSessions());
        assertEquals("Ask one open question", seen.getActions().get(0).getDescription());
        assertNull(seen.getActions().get(0).getFocus());
        assertEquals("session.notFound", refusal(() -> coachB.run(() -> sessions.session(engagement, session))));

        SessionNote next = coachB.call(() -> sessions.nextSession(engagement));
        assertEquals(2, next.getNumber());
        assertEquals("Ask one open question", next.getPreviousAction().getDescription());
        assertNull(next.getPreviousFollowUpPoint());
    }

    @Test
    void theNewCoachGetsFinalRecordsOnlyNotTheDraftOfThePreviousOne() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.GOAL_AND_ACTIONS, 4);
        coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask one open question"), true));
        SessionNote draft = complete(engagement, "Draft action of the first coach");
        draft.setPreviousResult(FollowUp.Result.NOT_DONE);
        draft.setPreviousReason(FollowUp.Reason.TOO_LARGE);
        draft.setPreviousReasonNote("Draft reason of the first coach");
        coachA.call(() -> sessions.save(engagement, draft, false));
        EngagementContent before = coachA.call(() -> sessions.content(engagement));
        assertEquals(2, before.getActions().size(), "the author sees her own draft's action");
        assertEquals(FollowUp.Result.NOT_DONE, before.getActions().get(0).getResult());
        fixtures.reassign(engagement, b);

        EngagementContent seen = coachB.call(() -> sessions.content(engagement));
        assertEquals(1, seen.getActions().size(), "only the final session's action");
        assertEquals("Ask one open question", seen.getActions().get(0).getDescription());
        assertNull(seen.getActions().get(0).getResult(), "the follow-up recorded in the draft");
        assertNull(seen.getActions().get(0).getReason());
        assertNull(seen.getActions().get(0).getReasonNote());
        assertTrue(seen.getSessions().isEmpty());
    }

    @Test
    void emptyingTheActionOfADraftRemovesIt() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.FULL_HISTORY, 4);
        long draft = coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask one open question"), false))
                .getId();
        assertEquals(
                1, coachA.call(() -> sessions.content(engagement)).getActions().size());
        SessionNote again = coachA.call(() -> sessions.session(engagement, draft));
        again.setActionDescription("");
        again.setActionWhen("");
        again.setActionNotice("");
        coachA.call(() -> sessions.save(engagement, again, false));
        assertEquals(
                List.of(),
                coachA.call(() -> sessions.content(engagement)).getActions(),
                "the emptied action is gone, not kept as it was");
    }

    @Test
    void twoSavesOfOneDraftAtTheSameMomentSaveOnceAndTellTheOtherItChangedElsewhere() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.FULL_HISTORY, 4);
        long draft = coachA.call(() -> sessions.save(engagement, complete(engagement, "Ask one open question"), false))
                .getId();
        SessionNote first = coachA.call(() -> sessions.session(engagement, draft));
        SessionNote second = coachA.call(() -> sessions.session(engagement, draft));
        first.setFocus("Saved in the first tab");
        second.setFocus("Saved in the second tab");
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (SessionNote form : List.of(first, second)) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        coachA.call(() -> sessions.save(engagement, form, false));
                        return "saved";
                    } catch (RuleViolation refused) {
                        return refused.getMessageKey();
                    }
                }));
            }
            List<String> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> outcome : outcomes) {
                results.add(outcome.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
            java.util.Collections.sort(results);
            assertEquals(List.of("saved", "session.changedElsewhere"), results);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theCoachsAdjustedNormIsSealedAndTheTemplatesStaysInClear() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.FULL_HISTORY, 4);
        String marker = "NORM" + java.util.UUID.randomUUID().toString().replace("-", "");
        org.throughline.engagement.CommunicationNorm norm =
                coachA.call(() -> sessions.content(engagement)).getNorm();
        String templateChannel = norm.getChannel();
        norm.setIncluded(marker + " questions about the action, by e-mail");
        norm.setEscalation(marker + " call the programme office");
        coachA.run(() -> sessions.adjustNorm(engagement, norm));

        assertEquals(
                0,
                count("SELECT count(*) FROM engagement WHERE CONCAT_WS('|', norm_channel, norm_response_time,"
                        + " norm_included, norm_excluded, norm_escalation, norm_sealed) LIKE '%" + marker + "%'"),
                "the coach's text is nowhere in clear");
        assertEquals(
                1, count("SELECT count(*) FROM engagement WHERE id = " + engagement + " AND norm_sealed IS NOT NULL"));
        org.throughline.engagement.CommunicationNorm shown =
                coachA.call(() -> sessions.content(engagement)).getNorm();
        assertEquals(marker + " questions about the action, by e-mail", shown.getIncluded());
        assertEquals(templateChannel, shown.getChannel(), "what the coach left as it was stays");
    }

    @Test
    void aNormAdjustedInClearBeforeIsSealedAtTheNextStart() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.FULL_HISTORY, 4);
        String marker = "OLDNORM" + java.util.UUID.randomUUID().toString().replace("-", "");
        count("SELECT 1"); // the engagement is written
        try (java.sql.Connection connection = database.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE engagement SET norm_included = '" + marker + " adjusted long ago',"
                    + " norm_sealed = NULL WHERE id = " + engagement);
        }
        assertTrue(asAdmin.call(() -> normSealing.sealClearNorms()) >= 1);
        assertEquals(0, count("SELECT count(*) FROM engagement WHERE norm_included LIKE '%" + marker + "%'"));
        assertEquals(
                marker + " adjusted long ago",
                coachA.call(() -> sessions.content(engagement)).getNorm().getIncluded());
        assertEquals(0, asAdmin.call(() -> normSealing.sealClearNorms()), "nothing left to seal");
    }

    private long count(String sql) throws Exception {
        try (java.sql.Connection connection = database.getConnection();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void aGoalSavedInAnotherTabIsNotOverwrittenByAnOlderForm() throws Exception {
        long engagement = fixtures.engagement(a, HandoverRule.FULL_HISTORY, 4);
        long read =
                coachA.call(() -> sessions.content(engagement)).getEngagement().getVersion();
        coachA.run(() -> sessions.saveGoalAndBaseline(engagement, read, "Saved in the first tab", "First baseline"));
        assertEquals(
                "engagement.changedElsewhere",
                refusal(() -> coachA.run(() ->
                        sessions.saveGoalAndBaseline(engagement, read, "Saved in the second tab", "Second baseline"))));
        assertEquals(
                "Saved in the first tab",
                coachA.call(() -> sessions.content(engagement)).getGoal());
    }
}
