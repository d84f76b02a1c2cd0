package org.throughline.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.throughline.audit.AuditEntry;
import org.throughline.identity.PasswordHasher;
import org.throughline.identity.Role;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.ContentKeys;
import org.throughline.policy.SealedColumn;

/**
 * One generated organization, written row by row with explicit ids (so that each value can be sealed
 * for its row before it is written). The shape: every coach has 20–60 engagements and a few carry 150;
 * engagements planned (10 %), active (35 %), closed (50 %) and cancelled (5 %) on templates of 12 to 30
 * sessions; one action per session, followed up at the next; feedback checks, reflections with
 * development notes, supervision time, sign-ins, and an audit trail whose entries the application
 * seals into blocks at its first start.
 */
final class Organization {

    /** The password of every generated account. */
    static final String PASSWORD = "throughline-bench";

    private static final int[] SESSION_COUNTS = {12, 18, 24, 30};
    private static final int CADENCE = 14;
    private static final String[] FIRST = {
        "Amara", "Ben", "Chloé", "Dev", "Elif", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kemi", "Lars", "Mina",
        "Niall", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen", "Yusuf", "Zofia"
    };
    private static final String[] LAST = {
        "Achebe", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Haddad", "Ito", "Jansen", "Kowal",
        "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Sato", "Tanaka", "Ueda", "Varga",
        "Weber", "Yilmaz", "Zhang"
    };
    private static final String[] FOCUS = {
        "Delegating the weekly report", "Saying no to extra projects", "Preparing for the promotion panel",
        "Running shorter meetings", "Giving feedback to a senior colleague", "Planning the first 90 days",
        "Handling conflict in the team", "Speaking up in leadership meetings"
    };
    private static final String[] ACTION = {
        "Ask one open question in Monday's meeting and wait for the answer",
        "Hand the weekly report to Sam and review it on Thursday",
        "Block two mornings for focused work and tell the team why",
        "Write down three decisions and their owners after each meeting",
        "Ask the manager for ten minutes on the promotion criteria"
    };
    private static final String[] NOTE = {
        "She noticed she fills every silence",
        "He wants evidence before he commits",
        "Time pressure pushed the action aside",
        "A smaller step worked better",
        "The team responded well"
    };

    private final Connection db;
    private final double scale;
    private final ContentCipher cipher;
    private final Logger log;
    private final Random random = new Random(42);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final Instant now = Instant.now();
    private final AuditEvents audit;

    private long[] coaches;
    private long[] supervisorOf;
    private long[] supervisors;
    private long admin;
    private final List<long[]> versions = new ArrayList<>(); // {id, sessionCount}

    Organization(Connection db, double scale, String contentKeys, Logger log) {
        this.db = db;
        this.scale = scale;
        this.cipher = ContentCipher.over(ContentKeys.of(contentKeys));
        this.log = log;
        this.audit = new AuditEvents(n(5_000_000, 200));
    }

    void write() throws SQLException {
        accounts();
        programs();
        Sessions sessions = engagements();
        reflections(sessions);
        supervisionTime();
        signIns();
        audit.fillWithHandoverReads(random, coaches, sessions.engagementCount(), now);
        audit.write(db, log);
    }

    private int n(int full, int least) {
        return Math.max(least, (int) Math.round(full * scale));
    }

    private void accounts() throws SQLException {
        String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
        int coachCount = n(500, 3);
        int supervisorCount = n(50, 1);
        coaches = new long[coachCount];
        supervisors = new long[supervisorCount];
        supervisorOf = new long[coachCount];
        LocalDateTime created = LocalDateTime.now(ZoneOffset.UTC).minusYears(3);
        try (BatchInsert account =
                        new BatchInsert(db, "account", "id", "email", "display_name", "password_hash", "created_at");
                BatchInsert role = new BatchInsert(db, "account_role", "account_id", "role");
                BatchInsert coachProfile =
                        new BatchInsert(db, "coach_profile", "account_id", "specialties", "languages", "capacity");
                BatchInsert supervisorProfile = new BatchInsert(db, "supervisor_profile", "account_id", "max_coaches");
                BatchInsert supervision = new BatchInsert(db, "coach_supervision", "coach_id", "supervisor_id")) {
            long id = 1;
            admin = id++;
            account.add(admin, "admin@bench.test", "Alex Admin", hash, created);
            role.add(admin, Role.ADMIN_NAME);
            for (int s = 0; s < supervisorCount; s++) {
                supervisors[s] = id++;
                account.add(supervisors[s], String.format("supervisor%03d@bench.test", s + 1), name(), hash, created);
                role.add(supervisors[s], Role.SUPERVISOR_NAME);
                supervisorProfile.add(supervisors[s], 12);
            }
            for (int c = 0; c < coachCount; c++) {
                coaches[c] = id++;
                account.add(coaches[c], String.format("coach%04d@bench.test", c + 1), name(), hash, created);
                role.add(coaches[c], Role.COACH_NAME);
                coachProfile.add(coaches[c], "Leadership, careers", "English", 60);
                if (c % 10 == 9) { // one coach in ten also supervises
                    role.add(coaches[c], Role.SUPERVISOR_NAME);
                    supervisorProfile.add(coaches[c], 4);
                }
                supervisorOf[c] = supervisors[c % supervisorCount];
                supervision.add(coaches[c], supervisorOf[c]);
            }
        }
        log.info("Accounts: " + (1 + supervisorCount + coachCount));
    }

    private String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private void programs() throws SQLException {
        int programCount = n(40, 1);
        LocalDateTime created = LocalDateTime.now(ZoneOffset.UTC).minusYears(3);
        try (BatchInsert program = new BatchInsert(db, "program", "id", "name", "description", "created_at");
                BatchInsert template =
                        new BatchInsert(db, "engagement_template", "id", "program_id", "name", "created_at");
                BatchInsert version = new BatchInsert(
                        db,
                        "template_version",
                        "id",
                        "template_id",
                        "number",
                        "status",
                        "session_count",
                        "session_minutes",
                        "cadence_days",
                        "midpoint_session",
                        "closing_session",
                        "norm_channel",
                        "norm_response_time",
                        "created_at",
                        "published_at",
                        "archived_at");
                BatchInsert question = new BatchInsert(
                        db, "template_question", "template_version_id", "question_set", "position", "text")) {
            long templateId = 1;
            long versionId = 1;
            for (int p = 1; p <= programCount; p++) {
                program.add(p, "Programme " + p + ": " + FOCUS[p % FOCUS.length], "Coaching for a cohort", created);
                for (int t = 0; t < 2; t++, templateId++) {
                    template.add(templateId, p, (t == 0 ? "Leadership " : "Career ") + "sessions " + p, created);
                    int count = SESSION_COUNTS[random.nextInt(SESSION_COUNTS.length)];
                    int versionCount = 1 + random.nextInt(3);
                    for (int v = 1; v <= versionCount; v++, versionId++) {
                        boolean current = v == versionCount;
                        version.add(
                                versionId,
                                templateId,
                                v,
                                current ? "PUBLISHED" : "ARCHIVED",
                                count,
                                60,
                                CADENCE,
                                count / 2,
                                count,
                                "E-mail",
                                "Within two working days",
                                created,
                                created,
                                current ? null : created);
                        questions(question, versionId);
                        if (current) {
                            versions.add(new long[] {versionId, count});
                        }
                    }
                }
            }
        }
        log.info("Programmes: " + programCount + ", templates: " + 2 * programCount);
    }

    private static void questions(BatchInsert question, long versionId) throws SQLException {
        String[] opening = {
            "What has happened since we last met?",
            "How did the action go?",
            "What did you notice?",
            "What matters most today?"
        };
        for (int i = 0; i < opening.length; i++) {
            question.add(versionId, "OPENING_CHECK_IN", i + 1, opening[i]);
        }
        String[] feedback = {"What helps you most?", "What should change?", "How clear are the actions?"};
        for (int i = 0; i < feedback.length; i++) {
            question.add(versionId, "MIDPOINT_FEEDBACK", i + 1, feedback[i]);
            question.add(versionId, "CLOSING_REFLECTION", i + 1, feedback[i]);
        }
    }

    /** The caseload of each coach: 20–60, the first coach (and one in fifty) 150, summing to the engagements. */
    private int[] caseloads(int engagements) {
        int[] sizes = new int[coaches.length];
        int big = Math.min(150, engagements / 2);
        double drawn = 0;
        for (int c = 0; c < sizes.length; c++) {
            sizes[c] = c == 0 || c % 50 == 0 ? big : 20 + random.nextInt(41);
            drawn += c == 0 || c % 50 == 0 ? 0 : sizes[c];
        }
        int bigTotal = big * (1 + (sizes.length - 1) / 50);
        double factor = (engagements - bigTotal) / drawn;
        int given = 0;
        for (int c = 0; c < sizes.length; c++) {
            if (!(c == 0 || c % 50 == 0)) {
                sizes[c] = Math.max(1, (int) Math.round(sizes[c] * factor));
            }
            given += sizes[c];
        }
        sizes[sizes.length - 1] += engagements - given;
        return sizes;
    }

    private Sessions engagements() throws SQLException {
        int engagementCount = n(20_000, 10);
        int[] caseloads = caseloads(engagementCount);
        Sessions sessions = new Sessions(db, cipher, random, audit, today);
        try (BatchInsert client = new BatchInsert(
                        db, "client", "id", "display_name", "email", "organization", "pseudonym", "created_at");
                BatchInsert engagement = new BatchInsert(
                        db,
                        "engagement",
                        "id",
                        "client_id",
                        "template_version_id",
                        "status",
                        "start_date",
                        "created_at",
                        "coach_id",
                        "goal_sealed",
                        "baseline_sealed",
                        "content_author_id",
                        "close_reason_sealed",
                        "closed_at");
                BatchInsert planned =
                        new BatchInsert(db, "planned_session", "engagement_id", "number", "planned_date");
                BatchInsert assignment = new BatchInsert(
                        db, "assignment_change", "engagement_id", "to_coach_id", "changed_by", "changed_at")) {
            long id = 1;
            for (int c = 0; c < coaches.length; c++) {
                for (int k = 0; k < caseloads[c]; k++, id++) {
                    long[] version = versions.get(random.nextInt(versions.size()));
                    int count = (int) version[1];
                    double kind = random.nextDouble();
                    String status =
                            kind < 0.10 ? "PLANNED" : kind < 0.45 ? "ACTIVE" : kind < 0.95 ? "CLOSED" : "CANCELLED";
                    int done;
                    LocalDate start;
                    switch (status) {
                        case "PLANNED" -> {
                            done = 0;
                            start = today.plusDays(1 + random.nextInt(30));
                        }
                        case "ACTIVE" -> {
                            done = 1 + random.nextInt(count - 1);
                            start = today.minusDays((long) (done - 1) * CADENCE + random.nextInt(CADENCE) + 1);
                        }
                        case "CLOSED" -> {
                            done = count;
                            start = today.minusDays((long) count * CADENCE + 30 + random.nextInt(900));
                        }
                        default -> {
                            done = random.nextInt(count - 1);
                            start = today.minusDays((long) done * CADENCE + 30 + random.nextInt(300));
                        }
                    }
                    LocalDateTime created = start.minusDays(7).atTime(9, 0);
                    client.add(
                            id,
                            name(),
                            "client" + id + "@client.example",
                            "Organisation " + (id % 97),
                            String.format("B-%06d", id),
                            created);
                    boolean ended = status.equals("CLOSED") || status.equals("CANCELLED");
                    LocalDateTime closedAt =
                            ended ? start.plusDays((long) done * CADENCE + 3).atTime(12, 0) : null;
                    engagement.add(
                            id,
                            id,
                            version[0],
                            status,
                            start,
                            created,
                            coaches[c],
                            done > 0 ? cipher.seal(SealedColumn.ENGAGEMENT_GOAL, id, "Lead with more clarity") : null,
                            done > 0 ? cipher.seal(SealedColumn.ENGAGEMENT_BASELINE, id, "Decisions drift") : null,
                            done > 0 ? coaches[c] : null,
                            ended ? cipher.seal(SealedColumn.ENGAGEMENT_CLOSE_REASON, id, "Programme finished") : null,
                            closedAt);
                    assignment.add(id, coaches[c], "admin@bench.test", created);
                    for (int s = 1; s <= count; s++) {
                        planned.add(id, s, start.plusDays((long) (s - 1) * CADENCE));
                    }
                    sessions.forEngagement(id, coaches[c], start, done, count, status.equals("ACTIVE"));
                }
            }
        }
        sessions.close();
        log.info("Engagements: " + engagementCount + ", sessions: " + sessions.sessionCount());
        return sessions;
    }

    private void reflections(Sessions sessions) throws SQLException {
        int count = Math.min(n(60_000, 5), sessions.sessionCount());
        long[] themes = ids("SELECT id FROM development_theme");
        try (BatchInsert reflection = new BatchInsert(
                        db,
                        "reflection",
                        "id",
                        "coach_id",
                        "session_id",
                        "status",
                        "shared_with_id",
                        "shared_at",
                        "content_sealed",
                        "created_at",
                        "updated_at");
                BatchInsert note = new BatchInsert(
                        db,
                        "development_note",
                        "id",
                        "reflection_id",
                        "supervisor_id",
                        "status",
                        "note_sealed",
                        "created_at",
                        "acknowledged_at");
                BatchInsert noteTheme = new BatchInsert(db, "development_note_theme", "note_id", "theme_id")) {
            for (long id = 1; id <= count; id++) {
                int pick = random.nextInt(sessions.sessionCount());
                long session = sessions.sessionId(pick);
                long coach = sessions.author(pick);
                LocalDateTime written = sessions.date(pick).atTime(19, 0);
                if (written.isAfter(LocalDateTime.now(ZoneOffset.UTC))) {
                    written = LocalDateTime.now(ZoneOffset.UTC).minusHours(1);
                }
                long supervisor = supervisorOf[coachIndex(coach)];
                double kind = random.nextDouble();
                String status = kind < 0.2 ? "DRAFT" : kind < 0.4 ? "SHARED" : "REVIEWED";
                String content = "{\"topics\":\"" + FOCUS[random.nextInt(FOCUS.length)] + "\",\"worked\":\""
                        + NOTE[random.nextInt(NOTE.length)] + "\",\"improve\":\"Let the client summarise first\"}";
                reflection.add(
                        id,
                        coach,
                        session,
                        status,
                        status.equals("DRAFT") ? null : supervisor,
                        status.equals("DRAFT") ? null : written.plusDays(1),
                        cipher.seal(SealedColumn.REFLECTION_CONTENT, id, content),
                        written,
                        written);
                audit.add(
                        written, coach, Role.COACH, AuditEntry.Action.CREATE, AuditEntry.RecordType.REFLECTION, id, 0);
                if (status.equals("REVIEWED")) {
                    LocalDateTime reviewed = written.plusDays(3);
                    note.add(
                            id,
                            id,
                            supervisor,
                            random.nextInt(10) < 7 ? "REVIEWED" : "FOLLOW_UP",
                            cipher.seal(SealedColumn.DEVELOPMENT_NOTE, id, "Good noticing; try a longer silence"),
                            reviewed,
                            random.nextInt(10) < 7 ? reviewed.plusDays(1) : null);
                    noteTheme.add(id, themes[random.nextInt(themes.length)]);
                    audit.add(
                            reviewed,
                            supervisor,
                            Role.SUPERVISOR,
                            AuditEntry.Action.READ,
                            AuditEntry.RecordType.REFLECTION,
                            id,
                            0);
                    audit.add(
                            reviewed,
                            supervisor,
                            Role.SUPERVISOR,
                            AuditEntry.Action.CREATE,
                            AuditEntry.RecordType.DEVELOPMENT_NOTE,
                            id,
                            0);
                }
            }
        }
        log.info("Reflections: " + count);
    }

    private int coachIndex(long coachId) {
        return (int) (coachId - coaches[0]);
    }

    private void supervisionTime() throws SQLException {
        try (BatchInsert time = new BatchInsert(
                db, "supervision_time", "coach_id", "supervisor_id", "held_on", "minutes", "kind", "created_at")) {
            for (int c = 0; c < coaches.length; c++) {
                int entries = 4 + random.nextInt(7);
                for (int e = 0; e < entries; e++) {
                    LocalDate held = today.minusDays(1 + random.nextInt(364));
                    time.add(
                            coaches[c],
                            supervisorOf[c],
                            held,
                            random.nextBoolean() ? 60 : 90,
                            random.nextInt(3) == 0 ? "GROUP" : "INDIVIDUAL",
                            held.atTime(18, 0));
                }
            }
        }
    }

    private void signIns() throws SQLException {
        int count = n(100_000, 20);
        try (BatchInsert event = new BatchInsert(
                db,
                "security_event",
                "account_id",
                "email",
                "event_type",
                "actor_email",
                "remote_address",
                "occurred_at")) {
            long[] when = new long[count];
            for (int i = 0; i < count; i++) {
                when[i] = now.getEpochSecond() - random.nextInt(365 * 24 * 3600);
            }
            Arrays.sort(when);
            for (int i = 0; i < count; i++) {
                int c = random.nextInt(coaches.length);
                String email = String.format("coach%04d@bench.test", c + 1);
                event.add(
                        coaches[c],
                        email,
                        "SIGN_IN",
                        email,
                        "10.0." + (c % 250) + "." + (1 + i % 250),
                        LocalDateTime.ofEpochSecond(when[i], 0, ZoneOffset.UTC));
            }
        }
    }

    private long[] ids(String sql) throws SQLException {
        List<Long> found = new ArrayList<>();
        try (Statement statement = db.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                found.add(rows.getLong(1));
            }
        }
        return found.stream().mapToLong(Long::longValue).toArray();
    }
}
