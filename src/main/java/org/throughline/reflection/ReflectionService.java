package org.throughline.reflection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.throughline.audit.AuditEntry;
import org.throughline.identity.Account;
import org.throughline.identity.Role;
import org.throughline.policy.AccessGuard;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.SealedColumn;
import org.throughline.session.CoachingSession;
import org.throughline.shared.Label;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * A coach's own self-reflections: written, shared with their current supervisor, withdrawn until
 * reviewed. Every query is scoped to the signed-in coach; another coach's reflection is "not found".
 */
@Stateless
@RolesAllowed(Role.COACH_NAME)
public class ReflectionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private ContentCipher cipher;

    @Inject
    private TimeSource time;

    /** The signed-in coach's reflections, newest first (metadata only). */
    public List<Reflection> mine() {
        return em.createQuery(
                        "select r from Reflection r where r.coach.email = :me order by r.createdAt desc, r.id desc",
                        Reflection.class)
                .setParameter("me", guard.signedInEmail())
                .getResultList();
    }

    /** A blank reflection, linked to one of the coach's own sessions when {@code sessionId} is given. */
    public ReflectionForm start(Long sessionId) {
        ReflectionForm form = new ReflectionForm();
        if (sessionId != null) {
            CoachingSession session = ownSession(sessionId);
            form.setSessionId(session.getId());
            form.setFacts(SessionFacts.of(session));
        }
        return form;
    }

    public ReflectionForm reflection(long id) {
        return read(own(id));
    }

    /** Saves a draft (a new one when the form has no id). */
    public ReflectionForm save(ReflectionForm form) {
        for (String value : form.getContent().getFields().values()) {
            if (value != null && value.strip().length() > ReflectionContent.MAX_FIELD) {
                throw new RuleViolation("note.tooLong", new Label("reflection.aField"), ReflectionContent.MAX_FIELD);
            }
        }
        if (form.getContent().isEmpty()) {
            throw new RuleViolation("reflection.empty");
        }
        Reflection reflection;
        boolean created = form.getId() == null;
        if (created) {
            CoachingSession session = form.getSessionId() == null ? null : ownSession(form.getSessionId());
            reflection = new Reflection(guard.signedIn(), session, time.now());
            em.persist(reflection);
            em.flush();
        } else {
            reflection = own(form.getId());
            if (reflection.getVersion() != form.getVersion()) {
                throw new RuleViolation("reflection.changedElsewhere");
            }
        }
        reflection.write(
                cipher.seal(
                        SealedColumn.REFLECTION_CONTENT,
                        reflection.getId(),
                        form.getContent().toJson()),
                time.now());
        guard.recordWrite(
                Role.COACH,
                created ? AuditEntry.Action.CREATE : AuditEntry.Action.UPDATE,
                AuditEntry.RecordType.REFLECTION,
                reflection.getId(),
                null);
        em.flush();
        return read(reflection);
    }

    /** Shares the reflection with the coach's current supervisor; it needs at least one learning field. */
    public ReflectionForm share(long id) {
        Reflection reflection = own(id);
        ReflectionContent content = ReflectionContent.fromJson(
                cipher.open(SealedColumn.REFLECTION_CONTENT, id, reflection.getContentSealed()));
        if (!content.hasLearning()) {
            throw new RuleViolation("reflection.learningRequired");
        }
        Account supervisor = em.createQuery(
                        "select cs.supervisor from CoachSupervision cs where cs.coachId = :coach", Account.class)
                .setParameter("coach", reflection.getCoach().getId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation("reflection.noSupervisor"));
        reflection.share(supervisor, time.now());
        guard.recordWrite(Role.COACH, AuditEntry.Action.UPDATE, AuditEntry.RecordType.REFLECTION, id, null);
        em.flush();
        return read(reflection);
    }

    /** Takes a shared reflection back, until the supervisor has reviewed it. */
    public ReflectionForm withdraw(long id) {
        Reflection reflection = own(id);
        reflection.withdraw();
        guard.recordWrite(Role.COACH, AuditEntry.Action.UPDATE, AuditEntry.RecordType.REFLECTION, id, null);
        em.flush();
        return read(reflection);
    }

    /**
     * A reflection shared with the signed-in supervisor by a coach they supervise now; anything else
     * is "not found". The client appears by pseudonym unless the engagement's policy allows names.
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public ReflectionForm sharedWithMe(long id) {
        Reflection reflection = guard.supervisedReflection(id);
        guard.recordRead(Role.SUPERVISOR, AuditEntry.RecordType.REFLECTION, id, null, reflection.getCoach());
        return read(reflection, true);
    }

    private ReflectionForm read(Reflection reflection) {
        return read(reflection, false);
    }

    /**
     * The one place where a reflection is opened for reading. A supervisor reading it sees the client's
     * name only where the engagement's policy allows it.
     */
    private ReflectionForm read(Reflection reflection, boolean bySupervisor) {
        ReflectionForm form = new ReflectionForm();
        form.setId(reflection.getId());
        form.setStatus(reflection.getStatus());
        form.setVersion(reflection.getVersion());
        form.setCreatedAt(reflection.getCreatedAt());
        form.setCoachName(reflection.getCoach().getDisplayName());
        form.setSharedAt(reflection.getSharedAt());
        form.setSharedWithName(
                reflection.getSharedWith() == null
                        ? null
                        : reflection.getSharedWith().getDisplayName());
        // the session's facts, its client and its policy's name rule in one query (none without a session)
        em.createQuery(
                        "select s.id, s.date, s.number, s.durationMinutes, c.pseudonym, c.displayName,"
                                + " p.supervisorsSeeIdentity from Reflection r join r.session s join s.engagement e"
                                + " join e.client c join e.templateVersion v join v.template t join t.policy p"
                                + " where r.id = :id",
                        Object[].class)
                .setParameter("id", reflection.getId())
                .getResultStream()
                .findFirst()
                .ifPresent(row -> {
                    form.setSessionId((Long) row[0]);
                    SessionFacts facts =
                            new SessionFacts((LocalDate) row[1], (String) row[4], (Integer) row[2], (Integer) row[3]);
                    if (bySupervisor && (Boolean) row[6]) {
                        facts.showClientName((String) row[5]);
                    }
                    form.setFacts(facts);
                });
        form.setContent(ReflectionContent.fromJson(
                cipher.open(SealedColumn.REFLECTION_CONTENT, reflection.getId(), reflection.getContentSealed())));
        return form;
    }

    private Reflection own(long id) {
        return guard.coachReflection(id);
    }

    private CoachingSession ownSession(long sessionId) {
        return em.createQuery(
                        "select s from CoachingSession s where s.id = :id and s.author.email = :me",
                        CoachingSession.class)
                .setParameter("id", sessionId)
                .setParameter("me", guard.signedInEmail())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation("session.notFound"));
    }
}
