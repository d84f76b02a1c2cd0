package org.throughline.session;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.throughline.audit.AuditEntry;
import org.throughline.engagement.Engagement;
import org.throughline.identity.Role;
import org.throughline.policy.AccessGuard;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.SealedColumn;
import org.throughline.program.QuestionSet;
import org.throughline.shared.Label;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * The feedback checks of an engagement — the midpoint feedback and the closing reflection — and
 * closing the engagement, for its coach. Answers are sealed; every write and every read by someone
 * other than the author is audited.
 */
@Stateless
@RolesAllowed(Role.COACH_NAME)
public class FeedbackService {

    public static final int MIN_CLOSE_REASON = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Resource
    private SessionContext caller;

    @Inject
    private ContentCipher cipher;

    @Inject
    private TimeSource time;

    /** Where each check of the engagement stands today. */
    public Map<FeedbackCheck.Kind, FeedbackCheck.State> states(long engagementId) {
        return states(guard.coachEngagement(engagementId));
    }

    /** One check, with the template's questions and what was recorded so far. */
    public FeedbackForm feedback(long engagementId, FeedbackCheck.Kind kind) {
        return read(guard.coachEngagement(engagementId), kind, Role.COACH);
    }

    /** One check, read only, for an administrator holding an open break-glass on the engagement. */
    @RolesAllowed(Role.ADMIN_NAME)
    public FeedbackForm feedbackUnderBreakGlass(long engagementId, FeedbackCheck.Kind kind) {
        return read(guard.breakGlassEngagement(engagementId), kind, Role.ADMIN);
    }

    /** One check, for a subject access export by an administrator; recorded as an export. */
    @RolesAllowed(Role.ADMIN_NAME)
    public FeedbackForm feedbackForExport(long engagementId, FeedbackCheck.Kind kind) {
        return read(guard.exportEngagement(engagementId), kind, Role.ADMIN);
    }

    /** The one place where a feedback check is opened for reading. */
    private FeedbackForm read(Engagement engagement, FeedbackCheck.Kind kind, Role role) {
        long engagementId = engagement.getId();
        FeedbackForm form = new FeedbackForm();
        form.setKind(kind);
        form.setState(states(engagement).get(kind));
        List<String> questions = engagement.getTemplateVersion().content().questions(setOf(kind));
        form.setQuestions(questions);
        form.setMaxLength(guard.policyOf(engagement).getMaxNoteLength());
        FeedbackCheck check = check(engagement, kind);
        String answersJson = null;
        if (check != null) {
            guard.recordRead(role, AuditEntry.RecordType.FEEDBACK, check.getId(), engagementId, check.getAuthor());
            answersJson = cipher.open(SealedColumn.FEEDBACK_ANSWERS, check.getId(), check.getAnswersSealed());
            form.setAdjustments(
                    cipher.open(SealedColumn.FEEDBACK_ADJUSTMENTS, check.getId(), check.getAdjustmentsSealed()));
            form.setVersion(check.getVersion());
        }
        form.setAnswers(Answers.fromJson(answersJson, questions.size()));
        return form;
    }

    /** Records (or corrects) a check; at least one answer, each within the policy's length. */
    public FeedbackForm record(long engagementId, FeedbackForm form) {
        Engagement engagement = guard.coachEngagement(engagementId);
        if (engagement.isEnded()) {
            throw new RuleViolation("engagement.ended");
        }
        int max = guard.policyOf(engagement).getMaxNoteLength();
        if (form.getAnswers().stream().allMatch(a -> a == null || a.isBlank())) {
            throw new RuleViolation("feedback.answerRequired");
        }
        for (String answer : form.getAnswers()) {
            bounded(answer, max, "feedback.field.answer");
        }
        bounded(form.getAdjustments(), max, "feedback.field.adjustments");
        FeedbackCheck check = check(engagement, form.getKind());
        boolean created = check == null;
        if (created) {
            if (form.getVersion() != null) {
                throw new RuleViolation("feedback.changedElsewhere");
            }
            check = new FeedbackCheck(engagement, form.getKind(), guard.signedIn(), time.now());
            em.persist(check);
            em.flush();
        } else if (form.getVersion() == null || check.getVersion() != form.getVersion()) {
            throw new RuleViolation("feedback.changedElsewhere");
        }
        long id = check.getId();
        check.write(
                cipher.seal(SealedColumn.FEEDBACK_ANSWERS, id, Answers.toJson(form.getAnswers())),
                cipher.seal(SealedColumn.FEEDBACK_ADJUSTMENTS, id, blankToNull(form.getAdjustments())),
                guard.signedIn(),
                time.now());
        guard.recordWrite(
                Role.COACH,
                created ? AuditEntry.Action.CREATE : AuditEntry.Action.UPDATE,
                AuditEntry.RecordType.FEEDBACK,
                id,
                engagementId);
        em.flush();
        return read(engagement, form.getKind(), Role.COACH);
    }

    /** Closes the engagement: with the closing reflection recorded, or with a reason why not. */
    public void close(long engagementId, String reason) {
        Engagement engagement = guard.coachEngagement(engagementId);
        String why = blankToNull(reason);
        if (check(engagement, FeedbackCheck.Kind.CLOSING) == null) {
            if (why == null || why.length() < MIN_CLOSE_REASON) {
                throw new RuleViolation("engagement.closeNeedsReflection", MIN_CLOSE_REASON);
            }
        }
        bounded(why, guard.policyOf(engagement).getMaxNoteLength(), "engagement.field.closeReason");
        engagement.close(cipher.seal(SealedColumn.ENGAGEMENT_CLOSE_REASON, engagementId, why), time.now());
        guard.recordWrite(
                Role.COACH, AuditEntry.Action.UPDATE, AuditEntry.RecordType.ENGAGEMENT, engagementId, engagementId);
    }

    private Map<FeedbackCheck.Kind, FeedbackCheck.State> states(Engagement engagement) {
        return statesOf(List.of(engagement)).get(engagement.getId());
    }

    /**
     * The feedback check states of several of the signed-in coach's engagements (their caseload) at
     * once: two queries however many engagements.
     */
    public Map<Long, Map<FeedbackCheck.Kind, FeedbackCheck.State>> states(List<Engagement> engagements) {
        String me = caller.getCallerPrincipal().getName();
        for (Engagement engagement : engagements) {
            if (engagement.getCoach() == null
                    || !engagement.getCoach().getEmail().equals(me)) {
                throw new RuleViolation("engagement.notFound");
            }
        }
        return statesOf(engagements);
    }

    /**
     * The feedback check states of one of the signed-in coach's engagements whose final session
     * numbers the caller has read already (the engagement page): one query.
     */
    public Map<FeedbackCheck.Kind, FeedbackCheck.State> states(Engagement engagement, Set<Integer> finalNumbers) {
        if (engagement.getCoach() == null
                || !engagement
                        .getCoach()
                        .getEmail()
                        .equals(caller.getCallerPrincipal().getName())) {
            throw new RuleViolation("engagement.notFound");
        }
        Set<FeedbackCheck.Kind> recorded = EnumSet.noneOf(FeedbackCheck.Kind.class);
        recorded.addAll(
                em.createQuery("select f.kind from FeedbackCheck f where f.engagement = :e", FeedbackCheck.Kind.class)
                        .setParameter("e", engagement)
                        .getResultList());
        return statesOf(
                engagement,
                recorded::contains,
                finalNumbers::contains,
                LocalDate.ofInstant(time.now(), ZoneOffset.UTC));
    }

    /** The state of each check, from whether it was recorded and whether its session is final. */
    private static Map<FeedbackCheck.Kind, FeedbackCheck.State> statesOf(
            Engagement engagement,
            java.util.function.Predicate<FeedbackCheck.Kind> recorded,
            java.util.function.IntPredicate finalSession,
            LocalDate today) {
        Map<FeedbackCheck.Kind, FeedbackCheck.State> of = new EnumMap<>(FeedbackCheck.Kind.class);
        for (FeedbackCheck.Kind kind : FeedbackCheck.Kind.values()) {
            of.put(
                    kind,
                    FeedbackCheck.state(
                            engagement,
                            kind,
                            recorded.test(kind),
                            finalSession.test(FeedbackCheck.sessionOf(engagement, kind)),
                            today));
        }
        return of;
    }

    private Map<Long, Map<FeedbackCheck.Kind, FeedbackCheck.State>> statesOf(List<Engagement> engagements) {
        Map<Long, Map<FeedbackCheck.Kind, FeedbackCheck.State>> states = new HashMap<>();
        if (engagements.isEmpty()) {
            return states;
        }
        List<Long> ids = engagements.stream().map(Engagement::getId).toList();
        Set<String> recorded = new HashSet<>();
        for (Object[] row : em.createQuery(
                        "select f.engagement.id, f.kind from FeedbackCheck f where f.engagement.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            recorded.add(row[0] + ":" + row[1]);
        }
        Set<String> finalSessions = new HashSet<>();
        for (Object[] row : em.createQuery(
                        "select s.engagement.id, s.number from CoachingSession s where s.engagement.id in :ids"
                                + " and s.status = :final",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("final", CoachingSession.Status.FINAL)
                .getResultList()) {
            finalSessions.add(row[0] + ":" + row[1]);
        }
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        for (Engagement engagement : engagements) {
            long id = engagement.getId();
            states.put(
                    id,
                    statesOf(
                            engagement,
                            kind -> recorded.contains(id + ":" + kind),
                            number -> finalSessions.contains(id + ":" + number),
                            today));
        }
        return states;
    }

    private FeedbackCheck check(Engagement engagement, FeedbackCheck.Kind kind) {
        return em.createQuery(
                        "select f from FeedbackCheck f where f.engagement = :e and f.kind = :k", FeedbackCheck.class)
                .setParameter("e", engagement)
                .setParameter("k", kind)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static QuestionSet setOf(FeedbackCheck.Kind kind) {
        return kind == FeedbackCheck.Kind.MIDPOINT ? QuestionSet.MIDPOINT_FEEDBACK : QuestionSet.CLOSING_REFLECTION;
    }

    private static void bounded(String text, int max, String fieldKey) {
        if (text != null && text.strip().length() > max) {
            throw new RuleViolation("note.tooLong", new Label(fieldKey), max);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
