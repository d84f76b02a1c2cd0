package org.throughline.devserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.ContentKeys;
import org.throughline.policy.SealedColumn;

/**
 * Demo mode only: recorded sessions, actions and follow-ups for the demo engagements. Their content
 * is sealed with the demo's own key, so it cannot live in sql/demo as plain SQL; it is written once,
 * after the application has migrated the database, when no session exists yet.
 */
final class DemoSessions {

    private static final Logger LOG = Logger.getLogger(DemoSessions.class.getName());

    private final Connection db;
    private final String keyId;
    private final SecretKey key;

    private DemoSessions(Connection db, String keyId, SecretKey key) {
        this.db = db;
        this.keyId = keyId;
        this.key = key;
    }

    /** Writes the demo sessions once; returns the id of the engagement to show break-glass on, or -1. */
    static long seed(String url, String user, String password, Path keyFile) throws Exception {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        ContentKeys.parse(Files.readString(keyFile), keys);
        String keyId = keys.keySet().iterator().next();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            if (count(db, "select count(*) from coaching_session") > 0) {
                return -1;
            }
            db.setAutoCommit(false);
            DemoSessions demo = new DemoSessions(db, keyId, keys.get(keyId));
            demo.write();
            db.commit();
            LOG.info("Demo sessions, actions and follow-ups written");
            return demo.engagement("C-0142");
        }
    }

    private void write() throws Exception {
        long sam = id("select id from account where email = 'coach@demo.test'");
        long priya = id("select id from account where email = 'coach2@demo.test'");

        long hannah = engagement("C-0142");
        goal(
                hannah,
                sam,
                "Lead the team's weekly meeting so that decisions get made in the room",
                "Meetings overrun; she ends up deciding alone afterwards");
        long s1 = session(
                hannah,
                1,
                sam,
                new String[] {
                    "Took over the team two months ago",
                    "(first session)",
                    "She talks most in her own meetings",
                    "Meetings that end without decisions"
                },
                "Meetings that end without a decision",
                "She fills every silence herself",
                "Her habit of answering her own questions",
                "What happens when she waits");
        long a1 = action(
                s1,
                hannah,
                "In Monday's team meeting, ask one open question and wait ten seconds",
                "Monday's team meeting",
                "Who speaks first, and what they say",
                null,
                "");
        long s2 = session(
                hannah,
                2,
                sam,
                new String[] {
                    "Two new people joined",
                    "Did it twice; the silence felt long",
                    "Two quiet colleagues spoke",
                    "Getting to a decision, not only discussion"
                },
                "Closing discussions with a decision",
                "A decision needs a named owner before the meeting ends",
                "Running out of time at the end",
                "Whether owners were named");
        followUp(a1, s2, "DONE", null, null);
        long a2 = action(
                s2,
                hannah,
                "Run the whole weekly meeting with a decision log and named owners",
                "This week and next",
                "How many items leave the room with an owner",
                "A decision-log template",
                "");
        long s3 = session(
                hannah,
                3,
                sam,
                new String[] {
                    "Quarter-end rush",
                    "Started, but it took too much preparation",
                    "She dropped it under time pressure",
                    "Making it lighter"
                },
                "A decision log she can keep up",
                "One line per decision is enough",
                "Quarter-end deadlines",
                "What one line per decision showed");
        followUp(a2, s3, "NOT_DONE", "TOO_LARGE", null);
        action(
                s3,
                hannah,
                "At the end of Thursday's meeting, read out each decision and its owner in one line",
                "Thursday's meeting",
                "Whether anyone corrects an owner",
                null,
                "");

        long ruiz = engagement("C-2718"); // Tomás Ruiz
        goal(
                ruiz,
                sam,
                "Move into a product role within a year, or decide against it with reasons",
                "Unsure whether he wants to leave engineering");
        long m1 = session(
                ruiz,
                1,
                sam,
                new String[] {
                    "Read about product roles", "(first session)", "He lights up talking about users", "Whether to move"
                },
                "Whether product management suits him",
                "He wants evidence from people in the role",
                "He does not like asking for time",
                "What the conversations showed");
        action(
                m1,
                ruiz,
                "Ask two product managers for a 20-minute conversation about their week",
                "By Friday",
                "Which parts of their work he would look forward to",
                null,
                "");
        // left in draft although its date has passed: the engagement shows as overdue
        try (Statement draft = db.createStatement()) {
            draft.executeUpdate("update coaching_session set status = 'DRAFT', finalized_at = null where id = " + m1);
        }

        long aisha = engagement("C-3141");
        long t1 = session(
                aisha,
                1,
                priya,
                new String[] {
                    "Offered a team-lead role", "(first session)", "She hesitates when asked", "Whether to accept"
                },
                "Whether to accept the team-lead offer",
                "She wants to know what she would give up",
                "Pressure to answer quickly",
                "Her list of what she would give up");
        action(
                t1,
                aisha,
                "Be more confident about saying what she wants",
                "Before the answer is due",
                "How she phrases it",
                null,
                "VAGUE");
        db.createStatement()
                .executeUpdate("update engagement set status = 'ACTIVE' where id in (" + hannah + "," + ruiz + ","
                        + aisha + ")");

        // Sam's self-reflections: one reviewed (note read), one waiting for his supervisor, one draft
        long jordan = id("select id from account where email = 'supervisor@demo.test'");
        long reviewed = reflection(
                sam,
                s2,
                "REVIEWED",
                jordan,
                20,
                Map.of(
                        "topics", "Getting from discussion to decisions",
                        "challenges", "I summarised too early and she agreed too quickly",
                        "worked", "Asking who owns each decision made it concrete",
                        "improve", "Let the client summarise before I do"));
        developmentNote(
                reviewed,
                jordan,
                "FOLLOW_UP",
                18,
                true,
                "Good noticing. Try a full minute of silence before any summary, and bring one example next time.",
                "Listening",
                "Challenge and support");
        reflection(
                sam,
                s3,
                "SHARED",
                jordan,
                3,
                Map.of(
                        "prepared", "A one-page decision-log template",
                        "progress", "She reads out decisions now, but skips owners when rushed",
                        "improve", "Check whether the action is too large before we agree it",
                        "nextForCoach", "Bring the action-size question to supervision"));
        reflection(
                sam,
                s1,
                "DRAFT",
                null,
                0,
                Map.of("goals", "Understand how her meetings run", "insights", "I wanted to fix it for her"));

        // supervision time this year
        long maria = id("select id from account where email = 'lead@demo.test'");
        supervisionTime(sam, jordan, 75, 90, "INDIVIDUAL");
        supervisionTime(sam, jordan, 30, 60, "GROUP");
        supervisionTime(maria, jordan, 30, 60, "GROUP");
    }

    private long reflection(
            long coach, long session, String status, Long sharedWith, int sharedDaysAgo, Map<String, String> fields)
            throws Exception {
        long id;
        try (PreparedStatement insert = db.prepareStatement(
                "insert into reflection (coach_id, session_id, status, shared_with_id, shared_at, created_at,"
                        + " updated_at) values (?, ?, ?, ?, if(? is null, null, utc_timestamp(6) - interval ? day),"
                        + " utc_timestamp(6) - interval ? day, utc_timestamp(6) - interval ? day)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, coach);
            insert.setLong(2, session);
            insert.setString(3, status);
            insert.setObject(4, sharedWith);
            insert.setObject(5, sharedWith);
            insert.setInt(6, sharedDaysAgo);
            insert.setInt(7, sharedDaysAgo + 1);
            insert.setInt(8, sharedDaysAgo + 1);
            insert.executeUpdate();
            id = generated(insert);
        }
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(name)
                .append("\":\"")
                .append(value.replace("\"", "\\\""))
                .append('"'));
        try (PreparedStatement update = db.prepareStatement("update reflection set content_sealed = ? where id = ?")) {
            update.setString(
                    1,
                    seal(SealedColumn.REFLECTION_CONTENT, id, json.append('}').toString()));
            update.setLong(2, id);
            update.executeUpdate();
        }
        return id;
    }

    private void developmentNote(
            long reflection,
            long supervisor,
            String status,
            int daysAgo,
            boolean acknowledged,
            String text,
            String... themes)
            throws Exception {
        long id;
        try (PreparedStatement insert = db.prepareStatement(
                "insert into development_note (reflection_id, supervisor_id, status, created_at, acknowledged_at)"
                        + " values (?, ?, ?, utc_timestamp(6) - interval ? day,"
                        + " if(?, utc_timestamp(6) - interval ? day, null))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, reflection);
            insert.setLong(2, supervisor);
            insert.setString(3, status);
            insert.setInt(4, daysAgo);
            insert.setBoolean(5, acknowledged);
            insert.setInt(6, daysAgo - 1);
            insert.executeUpdate();
            id = generated(insert);
        }
        try (PreparedStatement update =
                db.prepareStatement("update development_note set note_sealed = ? where id = ?")) {
            update.setString(1, seal(SealedColumn.DEVELOPMENT_NOTE, id, text));
            update.setLong(2, id);
            update.executeUpdate();
        }
        for (String theme : themes) {
            db.createStatement()
                    .executeUpdate("insert into development_note_theme (note_id, theme_id) select " + id
                            + ", id from development_theme where name = '" + theme + "'");
        }
    }

    private void supervisionTime(long coach, long supervisor, int daysAgo, int minutes, String kind) throws Exception {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into supervision_time (coach_id, supervisor_id, held_on, minutes, kind, created_at)"
                        + " values (?, ?, current_date - interval ? day, ?, ?, utc_timestamp(6))")) {
            insert.setLong(1, coach);
            insert.setLong(2, supervisor);
            insert.setInt(3, daysAgo);
            insert.setInt(4, minutes);
            insert.setString(5, kind);
            insert.executeUpdate();
        }
    }

    private long engagement(String pseudonym) throws Exception {
        return id("select e.id from engagement e join client c on c.id = e.client_id where c.pseudonym = '" + pseudonym
                + "'");
    }

    private void goal(long engagement, long author, String goal, String baseline) throws Exception {
        try (PreparedStatement update = db.prepareStatement(
                "update engagement set goal_sealed = ?, baseline_sealed = ?, content_author_id = ? where id = ?")) {
            update.setString(1, seal(SealedColumn.ENGAGEMENT_GOAL, engagement, goal));
            update.setString(2, seal(SealedColumn.ENGAGEMENT_BASELINE, engagement, baseline));
            update.setLong(3, author);
            update.setLong(4, engagement);
            update.executeUpdate();
        }
    }

    /** A final session on its planned date. */
    private long session(
            long engagement,
            int number,
            long author,
            String[] checkin,
            String focus,
            String insight,
            String obstacle,
            String followUp)
            throws Exception {
        long id = insertSession(engagement, number, author, "FINAL");
        try (PreparedStatement update = db.prepareStatement("update coaching_session set checkin_sealed = ?,"
                + " focus_sealed = ?, insight_sealed = ?, obstacle_sealed = ?, follow_up_sealed = ? where id = ?")) {
            update.setString(1, seal(SealedColumn.SESSION_CHECKIN, id, json(checkin)));
            update.setString(2, seal(SealedColumn.SESSION_FOCUS, id, focus));
            update.setString(3, seal(SealedColumn.SESSION_INSIGHT, id, insight));
            update.setString(4, seal(SealedColumn.SESSION_OBSTACLE, id, obstacle));
            update.setString(5, seal(SealedColumn.SESSION_FOLLOW_UP, id, followUp));
            update.setLong(6, id);
            update.executeUpdate();
        }
        return id;
    }

    private long insertSession(long engagement, int number, long author, String status) throws Exception {
        LocalDate date = LocalDate.parse(text("select planned_date from planned_session where engagement_id = "
                + engagement + " and number = " + number));
        try (PreparedStatement insert = db.prepareStatement(
                "insert into coaching_session (engagement_id, number, session_date, duration_minutes, status,"
                        + " author_id, created_at, updated_at, finalized_at) values (?, ?, ?, 60, ?, ?,"
                        + " timestamp(?) + interval 17 hour, timestamp(?) + interval 17 hour,"
                        + " if(? = 'FINAL', timestamp(?) + interval 17 hour, null))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, engagement);
            insert.setInt(2, number);
            insert.setObject(3, date);
            insert.setString(4, status);
            insert.setLong(5, author);
            insert.setObject(6, date);
            insert.setObject(7, date);
            insert.setString(8, status);
            insert.setObject(9, date);
            insert.executeUpdate();
            return generated(insert);
        }
    }

    private long action(
            long session, long engagement, String description, String when, String notice, String support, String flags)
            throws Exception {
        long id;
        try (PreparedStatement insert = db.prepareStatement(
                "insert into session_action (session_id, engagement_id, clarity_flags) values (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, session);
            insert.setLong(2, engagement);
            insert.setString(3, flags);
            insert.executeUpdate();
            id = generated(insert);
        }
        try (PreparedStatement update = db.prepareStatement("update session_action set description_sealed = ?,"
                + " due_sealed = ?, notice_sealed = ?, support_sealed = ? where id = ?")) {
            update.setString(1, seal(SealedColumn.ACTION_DESCRIPTION, id, description));
            update.setString(2, seal(SealedColumn.ACTION_WHEN, id, when));
            update.setString(3, seal(SealedColumn.ACTION_NOTICE, id, notice));
            update.setString(4, seal(SealedColumn.ACTION_SUPPORT, id, support));
            update.setLong(5, id);
            update.executeUpdate();
        }
        return id;
    }

    private void followUp(long action, long inSession, String result, String reason, String note) throws Exception {
        try (PreparedStatement update = db.prepareStatement("update session_action set result = ?, result_reason = ?,"
                + " result_note_sealed = ?, followed_up_in = ? where id = ?")) {
            update.setString(1, result);
            update.setString(2, reason);
            update.setString(3, seal(SealedColumn.ACTION_RESULT_NOTE, action, note));
            update.setLong(4, inSession);
            update.setLong(5, action);
            update.executeUpdate();
        }
    }

    private String seal(SealedColumn column, long id, String text) {
        return ContentCipher.sealWith(keyId, key, column, id, text);
    }

    private static String json(String[] answers) {
        StringBuilder out = new StringBuilder("[");
        for (String answer : List.of(answers)) {
            out.append(out.length() > 1 ? "," : "")
                    .append('"')
                    .append(answer.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append(']').toString();
    }

    private long id(String sql) throws Exception {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws Exception {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("Demo data missing: " + sql);
            }
            return rows.getString(1);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long generated(PreparedStatement insert) throws Exception {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
