package org.throughline.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.throughline.audit.AuditEntry;
import org.throughline.identity.Account;
import org.throughline.identity.Role;
import org.throughline.policy.AccessGuard;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.SealedColumn;
import org.throughline.reflection.Reflection;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * Supervision reviews: the supervisor's queue of shared reflections, development notes with a
 * status and themes, and the coach's reading and acknowledgement of the note. Scoped in every
 * query to the supervisor's current coaches, or to the coach's own reflections.
 */
@Stateless
public class ReviewService {

    public static final int MAX_NOTE = 4000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private ContentCipher cipher;

    @Inject
    private TimeSource time;

    private static final String QUEUE = " from Reflection r join r.coach c left join r.session s"
            + " left join s.engagement e left join e.client cl"
            + " where r.status = :shared and r.sharedWith.email = :me"
            + " and exists (select cs from CoachSupervision cs where cs.coachId = r.coach.id"
            + " and cs.supervisor.email = :me)";

    /**
     * One page of the shared reflections of the coaches the signed-in supervisor supervises, oldest
     * first: what the queue shows of each (no content), in one query.
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public List<QueueItem> queue(int first, int size) {
        Instant now = time.now();
        return em.createQuery(
                        "select r.id, c.displayName, r.sharedAt, cl.pseudonym" + QUEUE + " order by r.sharedAt, r.id",
                        Object[].class)
                .setParameter("shared", Reflection.Status.SHARED)
                .setParameter("me", guard.signedInEmail())
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultStream()
                .map(row -> new QueueItem((Long) row[0], (String) row[1], (Instant) row[2], (String) row[3], now))
                .toList();
    }

    /** How many reflections wait in the signed-in supervisor's queue. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public long queueSize() {
        return em.createQuery("select count(r)" + QUEUE, Long.class)
                .setParameter("shared", Reflection.Status.SHARED)
                .setParameter("me", guard.signedInEmail())
                .getSingleResult();
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.COACH_NAME, Role.ADMIN_NAME})
    public List<DevelopmentTheme> themes() {
        return em.createQuery(
                        "select t from DevelopmentTheme t where t.active = true order by t.name",
                        DevelopmentTheme.class)
                .getResultList();
    }

    /** Writes (or corrects) the development note on a reflection shared with the signed-in supervisor. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public NoteView writeNote(long reflectionId, DevelopmentNote.Status status, Set<Long> themeIds, String text) {
        Reflection reflection = reviewable(reflectionId);
        if (status == null) {
            throw new RuleViolation("review.statusRequired");
        }
        String note = text == null || text.isBlank() ? null : text.strip();
        if (note == null) {
            throw new RuleViolation("review.noteRequired");
        }
        if (note.length() > MAX_NOTE) {
            throw new RuleViolation("review.noteTooLong", MAX_NOTE);
        }
        Set<DevelopmentTheme> themes = new HashSet<>();
        for (Long themeId : themeIds) {
            themes.add(java.util.Optional.ofNullable(em.find(DevelopmentTheme.class, themeId))
                    .orElseThrow(() -> new RuleViolation("review.themeNotFound")));
        }
        DevelopmentNote existing = noteOf(reflection);
        boolean created = existing == null;
        DevelopmentNote written =
                created ? new DevelopmentNote(reflection, guard.signedIn(), status, time.now()) : existing;
        if (created) {
            em.persist(written);
            em.flush();
        }
        written.write(status, themes, cipher.seal(SealedColumn.DEVELOPMENT_NOTE, written.getId(), note));
        reflection.reviewed();
        guard.recordWrite(
                Role.SUPERVISOR,
                created ? AuditEntry.Action.CREATE : AuditEntry.Action.UPDATE,
                AuditEntry.RecordType.DEVELOPMENT_NOTE,
                written.getId(),
                null);
        em.flush();
        return view(written, Role.SUPERVISOR);
    }

    /** The note on a reflection shared with the signed-in supervisor, or null when none is written. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public NoteView myNote(long reflectionId) {
        DevelopmentNote note = noteOf(reviewable(reflectionId));
        return note == null ? null : view(note, Role.SUPERVISOR);
    }

    /** The note on one of the signed-in coach's reflections, or null. */
    @RolesAllowed(Role.COACH_NAME)
    public NoteView noteOnMyReflection(long reflectionId) {
        DevelopmentNote note = noteOf(ownReflection(reflectionId));
        return note == null ? null : view(note, Role.COACH);
    }

    /** The coach says they have read the note; the supervisor sees it. */
    @RolesAllowed(Role.COACH_NAME)
    public NoteView acknowledge(long reflectionId) {
        DevelopmentNote note = noteOf(ownReflection(reflectionId));
        if (note == null) {
            throw new RuleViolation("review.noNote");
        }
        note.acknowledge(time.now());
        em.flush();
        return view(note, Role.COACH);
    }

    /** Every note on the signed-in coach's reflections, oldest first, for the development view. */
    @RolesAllowed(Role.COACH_NAME)
    public List<NoteView> notesOnMyReflections() {
        List<DevelopmentNote> notes = em.createQuery(
                        "select n from DevelopmentNote n where n.reflection.coach.email = :me order by n.createdAt",
                        DevelopmentNote.class)
                .setParameter("me", guard.signedInEmail())
                .getResultList();
        Map<Long, Account> authors = new LinkedHashMap<>();
        notes.forEach(note -> authors.put(note.getId(), note.getSupervisor()));
        guard.recordReads(Role.COACH, AuditEntry.RecordType.DEVELOPMENT_NOTE, authors);
        return notes.stream().map(this::opened).toList();
    }

    /** The one place where a single development note is opened for reading. */
    private NoteView view(DevelopmentNote note, Role role) {
        guard.recordRead(role, AuditEntry.RecordType.DEVELOPMENT_NOTE, note.getId(), null, note.getSupervisor());
        return opened(note);
    }

    private NoteView opened(DevelopmentNote note) {
        return new NoteView(note, cipher.open(SealedColumn.DEVELOPMENT_NOTE, note.getId(), note.getNoteSealed()));
    }

    private Reflection reviewable(long reflectionId) {
        return guard.supervisedReflection(reflectionId);
    }

    private Reflection ownReflection(long reflectionId) {
        return guard.coachReflection(reflectionId);
    }

    private DevelopmentNote noteOf(Reflection reflection) {
        return em.createQuery("select n from DevelopmentNote n where n.reflection = :r", DevelopmentNote.class)
                .setParameter("r", reflection)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
