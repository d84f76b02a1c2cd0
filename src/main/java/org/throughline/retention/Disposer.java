package org.throughline.retention;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.throughline.retention.RetentionRule.Disposal;

/**
 * Deletes or anonymises records by id, in SQL, inside the caller's transaction. Anonymising keeps a
 * row with its counts, dates and statuses and drops its content, names and e-mails; deleting takes
 * with it what cannot stand without the record (a session's action and recap records, a
 * reflection's development note) and detaches what can (a reflection from a deleted session).
 */
final class Disposer {

    private final EntityManager em;

    Disposer(EntityManager em) {
        this.em = em;
    }

    void dispose(Category category, Disposal disposal, List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        if (disposal == Disposal.ANONYMISE) {
            anonymise(category, ids, in, now);
        } else {
            delete(category, in);
        }
    }

    private void anonymise(Category category, List<Long> ids, String in, Instant now) {
        switch (category) {
            case SESSION_NOTES -> run("update coaching_session set checkin_sealed = null, focus_sealed = null,"
                    + " insight_sealed = null, obstacle_sealed = null, follow_up_sealed = null where id in " + in);
            case ACTIONS -> run("update session_action set description_sealed = null, due_sealed = null,"
                    + " notice_sealed = null, support_sealed = null, result_note_sealed = null where id in " + in);
            case FEEDBACK -> run(
                    "update feedback_check set answers_sealed = null, adjustments_sealed = null where id in " + in);
            case REFLECTIONS -> run("update reflection set content_sealed = null where id in " + in);
            case DEVELOPMENT_NOTES -> run("update development_note set note_sealed = null where id in " + in);
            case RECAP_RECORDS -> run("update recap_send set recipient = '' where id in " + in);
            case CLIENT_RECORDS -> {
                run("update engagement set goal_sealed = null, baseline_sealed = null, close_reason_sealed = null,"
                        + " norm_sealed = null where client_id in " + in);
                // reasons that may describe the client: break-glass openings, released holds, erasure requests
                run("update break_glass set reason = null where engagement_id in"
                        + " (select id from engagement where client_id in " + in + ")");
                run("update legal_hold set reason = null where released_at is not null and engagement_id in"
                        + " (select id from engagement where client_id in " + in + ")");
                run("update erasure_request set reason = null where status <> 'REQUESTED' and status <> 'APPROVED'"
                        + " and client_id in " + in);
                run("update subject_access_request set identity_check = null, extension_reason = null"
                        + " where status = 'APPROVED' and client_id in " + in);
                // the client's e-mail address in the recap records, however long the recap rule keeps them
                run("update recap_send r join engagement e on e.id = r.engagement_id set r.recipient = ''"
                        + " where e.client_id in " + in);
                // the version moves, so that a form opened before cannot write the identity back
                em.createNativeQuery("update client set display_name = pseudonym, email = null, organization = null,"
                                + " anonymised_at = ?, version = version + 1 where id in " + in)
                        .setParameter(1, DueRecords.utc(now))
                        .executeUpdate();
            }
            case DEACTIVATED_ACCOUNTS -> ids.forEach(id -> anonymiseAccount(id, now));
            case AUDIT_ENTRIES -> throw new IllegalArgumentException("audit entries are deleted, never anonymised");
        }
    }

    /** The account keeps its id, roles and dates; its name, e-mail and password go, here and in the logs. */
    private void anonymiseAccount(long id, Instant now) {
        String email = (String) em.createNativeQuery("select email from account where id = ?")
                .setParameter(1, id)
                .getSingleResult();
        String code = "A-" + id;
        run("update security_event set email = null where account_id = " + id);
        em.createNativeQuery("update security_event set email = null where email = ?")
                .setParameter(1, email)
                .executeUpdate();
        em.createNativeQuery("update security_event set actor_email = null where actor_email = ?")
                .setParameter(1, email)
                .executeUpdate();
        for (String table : List.of("assignment_change", "supervision_change")) {
            em.createNativeQuery("update " + table + " set changed_by = ? where changed_by = ?")
                    .setParameter(1, code)
                    .setParameter(2, email)
                    .executeUpdate();
        }
        em.createNativeQuery("update account set display_name = ?, email = ?, password_hash = '!',"
                        + " anonymised_at = ?, session_stamp = session_stamp + 1, version = version + 1 where id = ?")
                .setParameter(1, code)
                .setParameter(2, code.toLowerCase() + "@anonymised.invalid")
                .setParameter(3, DueRecords.utc(now))
                .setParameter(4, id)
                .executeUpdate();
    }

    private void delete(Category category, String in) {
        switch (category) {
            case SESSION_NOTES -> deleteSessions(in);
            case ACTIONS -> run("delete from session_action where id in " + in);
            case FEEDBACK -> run("delete from feedback_check where id in " + in);
            case REFLECTIONS -> {
                run("delete from development_note where reflection_id in " + in);
                run("delete from reflection where id in " + in);
            }
            case DEVELOPMENT_NOTES -> run("delete from development_note where id in " + in);
            case RECAP_RECORDS -> run("delete from recap_send where id in " + in);
            case CLIENT_RECORDS -> {
                for (String id : in.substring(1, in.length() - 1).split(",")) {
                    eraseClient(Long.parseLong(id));
                }
            }
            case AUDIT_ENTRIES, DEACTIVATED_ACCOUNTS -> throw new IllegalArgumentException(
                    category + " is not deleted");
        }
    }

    private void deleteSessions(String in) {
        run("delete from recap_send where session_id in " + in);
        run("update session_action set followed_up_in = null where followed_up_in in " + in);
        run("delete from session_action where session_id in " + in);
        run("update reflection set session_id = null where session_id in " + in);
        run("delete from coaching_session where id in " + in);
    }

    /**
     * Removes a client and everything held about them: engagements with their sessions, actions,
     * feedback, recap records, plans, assignment history, break-glass openings and released holds,
     * and the coaches' reflections on those sessions with their development notes. Audit entries,
     * which hold no content, stay. Returns how many records of each category went; nothing goes, and
     * the map is empty, while an engagement of the client is on hold (the holds are locked first, so
     * none can be placed while the client goes). An active hold is never deleted.
     */
    Map<Category, Integer> eraseClient(long clientId) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        List<?> activeHolds = em.createNativeQuery("select h.id from legal_hold h join engagement e"
                        + " on e.id = h.engagement_id where e.client_id = ? and h.released_at is null for update")
                .setParameter(1, clientId)
                .getResultList();
        if (!activeHolds.isEmpty()) {
            return counts;
        }
        String engagements = "(select id from engagement where client_id = " + clientId + ")";
        String sessions = "(select id from coaching_session where engagement_id in " + engagements + ")";
        String reflections = "(select id from reflection where session_id in " + sessions + ")";
        counts.put(
                Category.DEVELOPMENT_NOTES, run("delete from development_note where reflection_id in " + reflections));
        counts.put(Category.REFLECTIONS, run("delete from reflection where session_id in " + sessions));
        counts.put(Category.RECAP_RECORDS, run("delete from recap_send where engagement_id in " + engagements));
        counts.put(Category.ACTIONS, run("delete from session_action where engagement_id in " + engagements));
        counts.put(Category.SESSION_NOTES, run("delete from coaching_session where engagement_id in " + engagements));
        counts.put(Category.FEEDBACK, run("delete from feedback_check where engagement_id in " + engagements));
        // the requests stay (by pseudonym), their texts that may describe the client go
        run("update subject_access_request set identity_check = null, extension_reason = null where client_id = "
                + clientId);
        run("delete from break_glass where engagement_id in " + engagements);
        run("delete from legal_hold where released_at is not null and engagement_id in " + engagements);
        run("delete from engagement where client_id = " + clientId);
        counts.put(Category.CLIENT_RECORDS, run("delete from client where id = " + clientId));
        return counts;
    }

    private int run(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }
}
