package org.throughline.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;
import org.throughline.audit.AuditEntry;
import org.throughline.identity.Role;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.SealedColumn;

/**
 * The sessions of the generated engagements, each with its check-in, five-line note and one action
 * (followed up at the next session), and the feedback checks; remembers each session's id, author and
 * date for the reflections.
 */
final class Sessions implements AutoCloseable {

    private static final int CADENCE = 14;
    private static final String[] RESULTS = {"DONE", "DONE", "DONE", "PARTLY", "NOT_DONE"};
    private static final String[] REASONS = {"TOO_LARGE", "BADLY_TIMED", "UNCLEAR"};

    private final ContentCipher cipher;
    private final Random random;
    private final AuditEvents audit;
    private final LocalDate today;
    private final BatchInsert session;
    private final BatchInsert action;
    private final BatchInsert feedback;

    private long[] ids = new long[1 << 16];
    private long[] authors = new long[1 << 16];
    private long[] days = new long[1 << 16];
    private int count;
    private long nextFeedback = 1;
    private long engagements;

    Sessions(Connection db, ContentCipher cipher, Random random, AuditEvents audit, LocalDate today)
            throws SQLException {
        this.cipher = cipher;
        this.random = random;
        this.audit = audit;
        this.today = today;
        session = new BatchInsert(
                db,
                "coaching_session",
                "id",
                "engagement_id",
                "number",
                "session_date",
                "duration_minutes",
                "status",
                "author_id",
                "checkin_sealed",
                "focus_sealed",
                "insight_sealed",
                "obstacle_sealed",
                "follow_up_sealed",
                "created_at",
                "updated_at",
                "finalized_at");
        action = new BatchInsert(
                db,
                "session_action",
                "id",
                "session_id",
                "engagement_id",
                "description_sealed",
                "due_sealed",
                "notice_sealed",
                "support_sealed",
                "clarity_flags",
                "result",
                "result_reason",
                "result_note_sealed",
                "followed_up_in");
        feedback = new BatchInsert(
                db,
                "feedback_check",
                "id",
                "engagement_id",
                "kind",
                "author_id",
                "answers_sealed",
                "adjustments_sealed",
                "recorded_at");
    }

    void forEngagement(long engagement, long coach, LocalDate start, int done, int sessionCount, boolean active)
            throws SQLException {
        engagements++;
        for (int number = 1; number <= done; number++) {
            long id = count + 1L;
            LocalDate date = start.plusDays((long) (number - 1) * CADENCE);
            if (date.isAfter(today)) {
                date = today;
            }
            LocalDateTime written = date.atTime(17, 0);
            boolean draft = active && number == done && random.nextInt(10) == 0;
            session.add(
                    id,
                    engagement,
                    number,
                    date,
                    60,
                    draft ? "DRAFT" : "FINAL",
                    coach,
                    cipher.seal(
                            SealedColumn.SESSION_CHECKIN,
                            id,
                            "[\"A busy fortnight\",\"Mostly done\",\"People answered\",\"The next step\"]"),
                    cipher.seal(SealedColumn.SESSION_FOCUS, id, "Closing discussions with a decision " + number),
                    cipher.seal(SealedColumn.SESSION_INSIGHT, id, "A decision needs a named owner"),
                    cipher.seal(SealedColumn.SESSION_OBSTACLE, id, "Running out of time at the end"),
                    cipher.seal(SealedColumn.SESSION_FOLLOW_UP, id, "Whether owners were named"),
                    written,
                    written,
                    draft ? null : written);
            boolean followedUp = number < done;
            String result = followedUp ? RESULTS[random.nextInt(RESULTS.length)] : null;
            String reason = result == null || result.equals("DONE") ? null : REASONS[random.nextInt(REASONS.length)];
            action.add(
                    id,
                    id,
                    engagement,
                    cipher.seal(SealedColumn.ACTION_DESCRIPTION, id, "Write down three decisions and their owners"),
                    cipher.seal(SealedColumn.ACTION_WHEN, id, "After Thursday's meeting"),
                    cipher.seal(SealedColumn.ACTION_NOTICE, id, "Whether anyone corrects an owner"),
                    random.nextBoolean()
                            ? cipher.seal(SealedColumn.ACTION_SUPPORT, id, "A decision-log template")
                            : null,
                    random.nextInt(20) == 0 ? "VAGUE" : "",
                    result,
                    reason,
                    reason != null && random.nextInt(3) == 0
                            ? cipher.seal(SealedColumn.ACTION_RESULT_NOTE, id, "The week filled up")
                            : null,
                    followedUp ? id + 1 : null);
            audit.add(
                    written,
                    coach,
                    Role.COACH,
                    AuditEntry.Action.CREATE,
                    AuditEntry.RecordType.SESSION,
                    id,
                    engagement);
            audit.add(
                    written, coach, Role.COACH, AuditEntry.Action.CREATE, AuditEntry.RecordType.ACTION, id, engagement);
            if (followedUp) {
                audit.add(
                        written.plusDays(CADENCE).plusMinutes(5),
                        coach,
                        Role.COACH,
                        AuditEntry.Action.UPDATE,
                        AuditEntry.RecordType.ACTION,
                        id,
                        engagement);
            }
            remember(id, coach, date);
            if ((number == sessionCount / 2 || number == sessionCount) && random.nextInt(100) < 85) {
                String kind = number == sessionCount ? "CLOSING" : "MIDPOINT";
                long check = nextFeedback++;
                feedback.add(
                        check,
                        engagement,
                        kind,
                        coach,
                        cipher.seal(
                                SealedColumn.FEEDBACK_ANSWERS,
                                check,
                                "[\"The actions\",\"More time on planning\",\"Clear\"]"),
                        cipher.seal(SealedColumn.FEEDBACK_ADJUSTMENTS, check, "Shorter actions"),
                        written.plusMinutes(30));
                audit.add(
                        written.plusMinutes(30),
                        coach,
                        Role.COACH,
                        AuditEntry.Action.CREATE,
                        AuditEntry.RecordType.FEEDBACK,
                        check,
                        engagement);
            }
        }
    }

    private void remember(long id, long author, LocalDate date) {
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, count * 2);
            authors = Arrays.copyOf(authors, count * 2);
            days = Arrays.copyOf(days, count * 2);
        }
        ids[count] = id;
        authors[count] = author;
        days[count] = date.toEpochDay();
        count++;
    }

    int sessionCount() {
        return count;
    }

    long engagementCount() {
        return engagements;
    }

    long sessionId(int index) {
        return ids[index];
    }

    long author(int index) {
        return authors[index];
    }

    LocalDate date(int index) {
        return LocalDate.ofEpochDay(days[index]);
    }

    @Override
    public void close() throws SQLException {
        session.close();
        action.close();
        feedback.close();
    }
}
