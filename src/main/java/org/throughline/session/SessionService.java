package org.throughline.session;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.throughline.audit.AuditEntry;
import org.throughline.engagement.CommunicationNorm;
import org.throughline.engagement.Engagement;
import org.throughline.engagement.PlannedSession;
import org.throughline.identity.Account;
import org.throughline.identity.Role;
import org.throughline.policy.AccessGuard;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.SealedColumn;
import org.throughline.program.QuestionSet;
import org.throughline.shared.Label;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * The follow-through of an engagement: goal and baseline, communication norm, sessions with their
 * check-in and five-line note, and the primary actions with their follow-up. Every method asks the
 * access guard for the engagement first; content is sealed before it is stored, opened only in
 * {@link #content} and {@link #note}, and every write and every read of someone else's record is
 * audited.
 */
@Stateless
public class SessionService {

    public static final int MAX_DURATION = 600;

    @Resource
    private SessionContext caller;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private FeedbackService feedback;

    @Inject
    private ContentCipher cipher;

    @Inject
    private TimeSource time;

    /** The engagement's content as its coach sees it, under the handover rule of its policy. */
    @RolesAllowed(Role.COACH_NAME)
    public EngagementContent content(long engagementId) {
        Engagement engagement = guard.coachEngagement(engagementId);
        return content(engagement, Role.COACH, guard.seesFullHistory(engagement), guard.signedInId(), false);
    }

    /** The engagement's content for an administrator holding an open break-glass on it; read only. */
    @RolesAllowed(Role.ADMIN_NAME)
    public EngagementContent contentUnderBreakGlass(long engagementId) {
        Engagement engagement = guard.breakGlassEngagement(engagementId);
        return content(engagement, Role.ADMIN, true, guard.signedInId(), true);
    }

    /** The engagement's whole content for a subject access export by an administrator; recorded as an export. */
    @RolesAllowed(Role.ADMIN_NAME)
    public EngagementContent contentForExport(long engagementId) {
        Engagement engagement = guard.exportEngagement(engagementId);
        return content(engagement, Role.ADMIN, true, guard.signedInId(), false);
    }

    /**
     * Across the signed-in coach's open engagements: every action not yet followed up, and every
     * action saved with a clarity flag; scoped to the coach in the query.
     */
    @RolesAllowed(Role.COACH_NAME)
    public List<ActionRow> caseloadActions() {
        List<SessionAction> actions = em.createQuery(
                        "select a from SessionAction a where a.engagement.coach.email = :me"
                                + " and a.engagement.status in :open and a.session.status = :final"
                                + " and (a.result is null or a.clarityFlags like :vague)"
                                + " order by a.engagement.startDate, a.engagement.id, a.session.number",
                        SessionAction.class)
                .setParameter("me", guard.signedInEmail())
                .setParameter("open", List.of(Engagement.Status.PLANNED, Engagement.Status.ACTIVE))
                .setParameter("final", CoachingSession.Status.FINAL)
                .setParameter("vague", "%" + ClarityCheck.Flag.VAGUE.name() + "%")
                .getResultList();
        List<ActionRow> rows = new ArrayList<>();
        for (SessionAction action : actions) {
            rows.add(row(action, null, Role.COACH, true));
        }
        return rows;
    }

    /** One session of one of the signed-in coach's engagements, as far as the handover rule shows it. */
    @RolesAllowed(Role.COACH_NAME)
    public SessionNote session(long engagementId, long sessionId) {
        Engagement engagement = guard.coachEngagement(engagementId);
        return note(
                visibleSession(engagement, sessionId),
                Role.COACH,
                guard.seesFullHistory(engagement),
                actionsByNumber(engagement));
    }

    /**
     * A blank form for the next session: the planned date and the template's length and check-in
     * questions, with the previous session's action and follow-up point. An open draft comes back
     * as it is instead.
     */
    @RolesAllowed(Role.COACH_NAME)
    public SessionNote nextSession(long engagementId) {
        Engagement engagement = guard.coachEngagement(engagementId);
        if (engagement.isEnded()) {
            throw new RuleViolation("engagement.ended");
        }
        List<CoachingSession> recorded = sessionsOf(engagement, true, guard.signedInId());
        CoachingSession draft =
                recorded.stream().filter(s -> !s.isFinal()).findFirst().orElse(null);
        if (draft != null) {
            if (!draft.getAuthor().getEmail().equals(guard.signedInEmail())) {
                throw new RuleViolation("session.draftOfAnotherCoach");
            }
            return note(draft, Role.COACH, true, actionsByNumber(engagement));
        }
        int number = recorded.size() + 1;
        if (number > engagement.getTemplateVersion().content().getSessionCount()) {
            throw new RuleViolation("session.allRecorded");
        }
        SessionNote form = new SessionNote();
        form.setClient(engagement.getClient());
        form.setNumber(number);
        form.setDate(engagement.getPlannedSessions().stream()
                .filter(p -> p.getNumber() == number)
                .map(PlannedSession::getPlannedDate)
                .findFirst()
                .orElse(LocalDate.ofInstant(time.now(), ZoneOffset.UTC)));
        form.setDurationMinutes(engagement.getTemplateVersion().content().getSessionMinutes());
        List<String> questions = engagement.getTemplateVersion().content().questions(QuestionSet.OPENING_CHECK_IN);
        form.setCheckinQuestions(questions);
        form.setCheckinAnswers(questions.stream().map(q -> "").toList());
        form.setMaxLength(guard.policyOf(engagement).getMaxNoteLength());
        form.setFeedbackDue(feedbackDueAt(engagement, number));
        previousContext(number, form, Role.COACH, guard.seesFullHistory(engagement), actionsByNumber(engagement));
        return form;
    }

    /**
     * Saves a session (a new one when the form has no id) and, with {@code finalizeNow}, makes it
     * final. Refused when the session changed since the form was opened, when a field is too long,
     * when the action is unclear and the coach did not choose to keep it, and — on finalizing — when
     * a part the note needs is missing.
     */
    @RolesAllowed(Role.COACH_NAME)
    public SessionNote save(long engagementId, SessionNote form, boolean finalizeNow) {
        Engagement engagement = guard.coachEngagement(engagementId);
        if (engagement.isEnded()) {
            throw new RuleViolation("engagement.ended");
        }
        Account me = guard.signedIn();
        int max = guard.policyOf(engagement).getMaxNoteLength();
        checkForm(form, max);
        ClarityCheck.Verdict verdict =
                ClarityCheck.check(form.getActionDescription(), form.getActionWhen(), form.getActionNotice());
        boolean hasAction = !verdict.flags().contains(ClarityCheck.Flag.NO_DESCRIPTION);
        if (hasAction && verdict.flags().contains(ClarityCheck.Flag.VAGUE) && !form.isSaveDespiteFlags()) {
            throw new RuleViolation("action.unclear", verdict.vaguePhrase());
        }

        CoachingSession session;
        boolean created = form.getId() == null;
        if (created) {
            List<CoachingSession> recorded = sessionsOf(engagement, true, guard.signedInId());
            if (recorded.stream().anyMatch(s -> !s.isFinal()) || form.getNumber() != recorded.size() + 1) {
                throw new RuleViolation("session.changedElsewhere");
            }
            session = new CoachingSession(engagement, form.getNumber(), me, time.now());
            session.write(form.getDate(), form.getDurationMinutes(), new String[5], time.now());
            em.persist(session);
            em.flush();
        } else {
            session = visibleSession(engagement, form.getId());
            if (!session.getAuthor().getId().equals(me.getId())) {
                throw new RuleViolation("session.notYours");
            }
            // read again under a row lock: a save from another tab at the same moment waits for this one,
            // then finds the version moved on
            em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
            session.refuseIfFinal();
            if (session.getVersion() != form.getVersion()) {
                throw new RuleViolation("session.changedElsewhere");
            }
        }
        long id = session.getId();
        session.write(
                form.getDate(),
                form.getDurationMinutes(),
                new String[] {
                    seal(SealedColumn.SESSION_CHECKIN, id, Answers.toJson(form.getCheckinAnswers())),
                    seal(SealedColumn.SESSION_FOCUS, id, form.getFocus()),
                    seal(SealedColumn.SESSION_INSIGHT, id, form.getInsight()),
                    seal(SealedColumn.SESSION_OBSTACLE, id, form.getObstacle()),
                    seal(SealedColumn.SESSION_FOLLOW_UP, id, form.getFollowUpPoint())
                },
                time.now());
        guard.recordWrite(
                Role.COACH,
                created ? AuditEntry.Action.CREATE : AuditEntry.Action.UPDATE,
                AuditEntry.RecordType.SESSION,
                id,
                engagement.getId());
        SessionAction action = actionOf(session);
        if (hasAction) {
            boolean newAction = action == null;
            if (newAction) {
                action = new SessionAction(session);
                em.persist(action);
                em.flush();
            }
            long actionId = action.getId();
            action.write(
                    new String[] {
                        seal(SealedColumn.ACTION_DESCRIPTION, actionId, form.getActionDescription()),
                        seal(SealedColumn.ACTION_WHEN, actionId, form.getActionWhen()),
                        seal(SealedColumn.ACTION_NOTICE, actionId, form.getActionNotice()),
                        seal(SealedColumn.ACTION_SUPPORT, actionId, form.getActionSupport())
                    },
                    verdict.flags());
            guard.recordWrite(
                    Role.COACH,
                    newAction ? AuditEntry.Action.CREATE : AuditEntry.Action.UPDATE,
                    AuditEntry.RecordType.ACTION,
                    actionId,
                    engagement.getId());
        } else if (action != null) {
            // the description was emptied in the draft: the action goes, rather than staying as it was
            guard.recordWrite(
                    Role.COACH,
                    AuditEntry.Action.DELETE,
                    AuditEntry.RecordType.ACTION,
                    action.getId(),
                    engagement.getId());
            em.remove(action);
        }
        SessionAction previous = previousAction(engagement, session.getNumber());
        if (previous != null) {
            recordFollowUp(previous, form, session);
        }
        if (finalizeNow) {
            refuseIncomplete(form, hasAction, verdict, previous);
            session.finalizeAt(time.now());
        }
        engagement.sessionRecorded();
        em.flush();
        return note(session, Role.COACH, true, actionsByNumber(session.getEngagement()));
    }

    /**
     * Sets the goal and the baseline of one of the signed-in coach's engagements, as read at
     * {@code version}; refused when the engagement changed since (another tab saved first).
     */
    @RolesAllowed(Role.COACH_NAME)
    public void saveGoalAndBaseline(long engagementId, long version, String goal, String baseline) {
        Engagement engagement = guard.coachEngagement(engagementId);
        if (engagement.getVersion() != version) {
            throw new RuleViolation("engagement.changedElsewhere"); // another tab saved it since this one read it
        }
        int max = guard.policyOf(engagement).getMaxNoteLength();
        bounded(goal, max, "engagement.field.goal");
        bounded(baseline, max, "engagement.field.baseline");
        long id = engagement.getId();
        engagement.writeGoalAndBaseline(
                seal(SealedColumn.ENGAGEMENT_GOAL, id, goal),
                seal(SealedColumn.ENGAGEMENT_BASELINE, id, baseline),
                guard.signedIn());
        guard.recordWrite(Role.COACH, AuditEntry.Action.UPDATE, AuditEntry.RecordType.ENGAGEMENT, id, id);
    }

    /** Adjusts the communication norm; refused once the first session is final. */
    @RolesAllowed(Role.COACH_NAME)
    public void adjustNorm(long engagementId, CommunicationNorm norm) {
        Engagement engagement = guard.coachEngagement(engagementId);
        if (finalCount(engagement) > 0) {
            throw new RuleViolation("norm.fixed");
        }
        bounded(norm.getChannel(), CommunicationNorm.MAX_SHORT, "template.normChannel");
        bounded(norm.getResponseTime(), CommunicationNorm.MAX_SHORT, "template.normResponseTime");
        bounded(norm.getIncluded(), CommunicationNorm.MAX_LONG, "template.normIncluded");
        bounded(norm.getExcluded(), CommunicationNorm.MAX_LONG, "template.normExcluded");
        bounded(norm.getEscalation(), CommunicationNorm.MAX_LONG, "template.normEscalation");
        long id = engagement.getId();
        engagement.adjustNorm(seal(SealedColumn.ENGAGEMENT_NORM, id, norm.toJson()));
        guard.recordWrite(Role.COACH, AuditEntry.Action.UPDATE, AuditEntry.RecordType.ENGAGEMENT, id, id);
    }

    /** The norm of one of the signed-in coach's engagements as it stands: the coach's, or the template's. */
    @RolesAllowed(Role.COACH_NAME)
    public CommunicationNorm norm(long engagementId) {
        return normOf(guard.coachEngagement(engagementId));
    }

    private CommunicationNorm normOf(Engagement engagement) {
        String adjusted = open(SealedColumn.ENGAGEMENT_NORM, engagement.getId(), engagement.getNormSealed());
        return adjusted == null ? engagement.getTemplateNorm().copy() : CommunicationNorm.fromJson(adjusted);
    }

    /**
     * The one place where an engagement's content is opened for reading, for one reader. Drafts are their author's: another reader (a coach taking
     * over, a subject access export) gets final records only — no draft session, no action of one, no
     * follow-up recorded in one — unless {@code othersDrafts} (break-glass sees everything).
     */
    private EngagementContent content(
            Engagement engagement, Role role, boolean fullHistory, long reader, boolean othersDrafts) {
        long id = engagement.getId();
        String goal = open(SealedColumn.ENGAGEMENT_GOAL, id, engagement.getGoalSealed());
        String baseline = open(SealedColumn.ENGAGEMENT_BASELINE, id, engagement.getBaselineSealed());
        if (goal != null || baseline != null) {
            guard.recordRead(role, AuditEntry.RecordType.ENGAGEMENT, id, id, engagement.getContentAuthor());
        }
        Predicate<CoachingSession> shown = session -> othersDrafts
                || session.getStatus() == CoachingSession.Status.FINAL
                || session.getAuthor().getId() == reader;
        List<CoachingSession> visible = sessionsOf(engagement, fullHistory, reader).stream()
                .filter(shown)
                .toList();
        // every session's number and whether it is final (those the reader may not see too): one query
        Set<Integer> finalNumbers = new HashSet<>();
        List<Object[]> numbers = em.createQuery(
                        "select s.number, s.status from CoachingSession s where s.engagement = :e", Object[].class)
                .setParameter("e", engagement)
                .getResultList();
        numbers.stream()
                .filter(row -> row[1] == CoachingSession.Status.FINAL)
                .forEach(row -> finalNumbers.add((Integer) row[0]));
        List<SessionAction> engagementActions = actionsOf(engagement).stream()
                .filter(action -> shown.test(action.getSession()))
                .toList();
        Map<Integer, SessionAction> byNumber = byNumber(engagementActions);
        List<SessionNote> notes = new ArrayList<>();
        for (CoachingSession session : visible) {
            notes.add(note(session, role, fullHistory, byNumber));
        }
        List<ActionRow> actions = new ArrayList<>();
        for (SessionAction action : engagementActions) {
            boolean noteVisible = visible.contains(action.getSession());
            String focus = noteVisible
                    ? open(
                            SealedColumn.SESSION_FOCUS,
                            action.getSession().getId(),
                            action.getSession().getFocusSealed())
                    : null;
            boolean followUpShown = action.getFollowedUpIn() == null || shown.test(action.getFollowedUpIn());
            actions.add(row(action, focus, role, followUpShown));
        }
        boolean normAdjustable = !engagement.isEnded() && finalNumbers.isEmpty();
        return new EngagementContent(
                engagement,
                goal,
                baseline,
                normOf(engagement),
                notes,
                numbers.size() - visible.size(),
                actions,
                normAdjustable,
                role == Role.COACH ? feedback.states(engagement, finalNumbers) : Map.of());
    }

    /**
     * One session in clear text, with its action and the previous action's follow-up, taken from the
     * engagement's actions by session number (read once for all the sessions shown).
     */
    private SessionNote note(
            CoachingSession session, Role role, boolean fullHistory, Map<Integer, SessionAction> actions) {
        long id = session.getId();
        guard.recordRead(
                role, AuditEntry.RecordType.SESSION, id, session.getEngagement().getId(), session.getAuthor());
        SessionNote note = new SessionNote();
        note.setId(id);
        note.setNumber(session.getNumber());
        note.setDate(session.getDate());
        note.setDurationMinutes(session.getDurationMinutes());
        note.setStatus(session.getStatus());
        note.setVersion(session.getVersion());
        note.setAuthorName(session.getAuthor().getDisplayName());
        note.setClient(session.getEngagement().getClient());
        note.setMaxLength(guard.policyOf(session.getEngagement()).getMaxNoteLength());
        note.setFeedbackDue(feedbackDueAt(session.getEngagement(), session.getNumber()));
        List<String> questions =
                session.getEngagement().getTemplateVersion().content().questions(QuestionSet.OPENING_CHECK_IN);
        List<String> answers =
                Answers.fromJson(open(SealedColumn.SESSION_CHECKIN, id, session.getCheckinSealed()), questions.size());
        note.setCheckinQuestions(questions);
        note.setCheckinAnswers(answers);
        note.setFocus(open(SealedColumn.SESSION_FOCUS, id, session.getFocusSealed()));
        note.setInsight(open(SealedColumn.SESSION_INSIGHT, id, session.getInsightSealed()));
        note.setObstacle(open(SealedColumn.SESSION_OBSTACLE, id, session.getObstacleSealed()));
        note.setFollowUpPoint(open(SealedColumn.SESSION_FOLLOW_UP, id, session.getFollowUpSealed()));
        SessionAction action = actions.get(session.getNumber());
        if (action != null) {
            ActionRow row = row(action, note.getFocus(), role, true);
            note.setActionDescription(row.getDescription());
            note.setActionWhen(row.getWhen());
            note.setActionNotice(row.getNotice());
            note.setActionSupport(row.getSupport());
            note.setSavedFlags(row.getFlags());
            note.setSaveDespiteFlags(row.isFlagged());
        }
        previousContext(session.getNumber(), note, role, fullHistory, actions);
        return note;
    }

    private static FeedbackCheck.Kind feedbackDueAt(Engagement engagement, int number) {
        var content = engagement.getTemplateVersion().content();
        if (number == content.getClosingSession()) {
            return FeedbackCheck.Kind.CLOSING;
        }
        return number == content.getMidpointSession() ? FeedbackCheck.Kind.MIDPOINT : null;
    }

    /** One action in clear text; without its follow-up when {@code followUpShown} is false. */
    private ActionRow row(SessionAction action, String focus, Role role, boolean followUpShown) {
        long id = action.getId();
        guard.recordRead(
                role,
                AuditEntry.RecordType.ACTION,
                id,
                action.getSession().getEngagement().getId(),
                action.getSession().getAuthor());
        return new ActionRow(
                action,
                focus,
                new String[] {
                    open(SealedColumn.ACTION_DESCRIPTION, id, action.getDescriptionSealed()),
                    open(SealedColumn.ACTION_WHEN, id, action.getDueSealed()),
                    open(SealedColumn.ACTION_NOTICE, id, action.getNoticeSealed()),
                    open(SealedColumn.ACTION_SUPPORT, id, action.getSupportSealed())
                },
                followUpShown ? open(SealedColumn.ACTION_RESULT_NOTE, id, action.getResultNoteSealed()) : null,
                followUpShown);
    }

    private void previousContext(
            int number, SessionNote form, Role role, boolean fullHistory, Map<Integer, SessionAction> actions) {
        SessionAction previous = actions.get(number - 1);
        if (previous == null) {
            return;
        }
        ActionRow row = row(previous, null, role, true);
        form.setPreviousAction(row);
        form.setPreviousResult(row.getResult());
        form.setPreviousReason(row.getReason());
        form.setPreviousReasonNote(row.getReasonNote());
        CoachingSession before = previous.getSession();
        boolean mine =
                before.getAuthor().getEmail().equals(caller.getCallerPrincipal().getName());
        if (fullHistory || mine) {
            form.setPreviousFollowUpPoint(
                    open(SealedColumn.SESSION_FOLLOW_UP, before.getId(), before.getFollowUpSealed()));
        }
    }

    private void recordFollowUp(SessionAction previous, SessionNote form, CoachingSession in) {
        FollowUp.Result result = form.getPreviousResult();
        FollowUp.Reason reason = result == null || result == FollowUp.Result.DONE ? null : form.getPreviousReason();
        String note = reason == null ? null : blankToNull(form.getPreviousReasonNote());
        if (result != null && result != FollowUp.Result.DONE && reason == null) {
            throw new RuleViolation("followUp.reasonRequired");
        }
        if (reason == FollowUp.Reason.OTHER && note == null) {
            throw new RuleViolation("followUp.otherNeedsWords");
        }
        if (result == previous.getResult()
                && reason == previous.getResultReason()
                && Objects.equals(
                        note,
                        open(SealedColumn.ACTION_RESULT_NOTE, previous.getId(), previous.getResultNoteSealed()))) {
            return;
        }
        previous.followUp(result, reason, seal(SealedColumn.ACTION_RESULT_NOTE, previous.getId(), note), in);
        guard.recordWrite(
                Role.COACH,
                AuditEntry.Action.UPDATE,
                AuditEntry.RecordType.ACTION,
                previous.getId(),
                in.getEngagement().getId());
    }

    private static void refuseIncomplete(
            SessionNote form, boolean hasAction, ClarityCheck.Verdict verdict, SessionAction previous) {
        if (blankToNull(form.getFocus()) == null) {
            throw new RuleViolation("session.focusRequired");
        }
        if (!hasAction) {
            throw new RuleViolation("session.actionRequired");
        }
        if (verdict.flags().contains(ClarityCheck.Flag.NO_WHEN)) {
            throw new RuleViolation("action.whenRequired");
        }
        if (verdict.flags().contains(ClarityCheck.Flag.NO_NOTICE)) {
            throw new RuleViolation("action.noticeRequired");
        }
        if (blankToNull(form.getFollowUpPoint()) == null) {
            throw new RuleViolation("session.followUpRequired");
        }
        if (previous != null && form.getPreviousResult() == null) {
            throw new RuleViolation("followUp.resultRequired");
        }
    }

    private static void checkForm(SessionNote form, int max) {
        if (form.getDate() == null) {
            throw new RuleViolation("session.dateRequired");
        }
        if (form.getDurationMinutes() == null
                || form.getDurationMinutes() < 1
                || form.getDurationMinutes() > MAX_DURATION) {
            throw new RuleViolation("session.durationRange", MAX_DURATION);
        }
        for (String answer : form.getCheckinAnswers()) {
            bounded(answer, max, "session.field.checkin");
        }
        bounded(form.getFocus(), max, "session.field.focus");
        bounded(form.getInsight(), max, "session.field.insight");
        bounded(form.getObstacle(), max, "session.field.obstacle");
        bounded(form.getFollowUpPoint(), max, "session.field.followUp");
        bounded(form.getActionDescription(), max, "action.field.description");
        bounded(form.getActionWhen(), max, "action.field.when");
        bounded(form.getActionNotice(), max, "action.field.notice");
        bounded(form.getActionSupport(), max, "action.field.support");
        bounded(form.getPreviousReasonNote(), max, "followUp.field.note");
    }

    private static void bounded(String text, int max, String fieldKey) {
        if (text != null && text.strip().length() > max) {
            throw new RuleViolation("note.tooLong", new Label(fieldKey), max);
        }
    }

    private CoachingSession visibleSession(Engagement engagement, long sessionId) {
        return sessionsOf(engagement, guard.seesFullHistory(engagement), guard.signedInId()).stream()
                .filter(s -> s.getId() == sessionId)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("session.notFound"));
    }

    /** Sessions in order; without the full history only those {@code reader} wrote (scoped in the query). */
    private List<CoachingSession> sessionsOf(Engagement engagement, boolean fullHistory, long reader) {
        return em.createQuery(
                        "select s from CoachingSession s where s.engagement = :e"
                                + " and (:full = true or s.author.id = :reader) order by s.number",
                        CoachingSession.class)
                .setParameter("e", engagement)
                .setParameter("full", fullHistory)
                .setParameter("reader", reader)
                .getResultList();
    }

    /** The engagement's actions by the number of their session. */
    private Map<Integer, SessionAction> actionsByNumber(Engagement engagement) {
        return byNumber(actionsOf(engagement));
    }

    private static Map<Integer, SessionAction> byNumber(List<SessionAction> actions) {
        Map<Integer, SessionAction> byNumber = new HashMap<>();
        for (SessionAction action : actions) {
            byNumber.put(action.getSession().getNumber(), action);
        }
        return byNumber;
    }

    private List<SessionAction> actionsOf(Engagement engagement) {
        return em.createQuery(
                        "select a from SessionAction a where a.engagement = :e order by a.session.number",
                        SessionAction.class)
                .setParameter("e", engagement)
                .getResultList();
    }

    private SessionAction actionOf(CoachingSession session) {
        return em.createQuery("select a from SessionAction a where a.session = :s", SessionAction.class)
                .setParameter("s", session)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private SessionAction previousAction(Engagement engagement, int number) {
        return em.createQuery(
                        "select a from SessionAction a where a.engagement = :e and a.session.number = :n",
                        SessionAction.class)
                .setParameter("e", engagement)
                .setParameter("n", number - 1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private long finalCount(Engagement engagement) {
        return em.createQuery(
                        "select count(s) from CoachingSession s where s.engagement = :e and s.status = :final",
                        Long.class)
                .setParameter("e", engagement)
                .setParameter("final", CoachingSession.Status.FINAL)
                .getSingleResult();
    }

    private String seal(SealedColumn column, long id, String text) {
        return cipher.seal(column, id, blankToNull(text));
    }

    private String open(SealedColumn column, long id, String stored) {
        return cipher.open(column, id, stored);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
