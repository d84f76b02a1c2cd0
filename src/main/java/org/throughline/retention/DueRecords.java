package org.throughline.retention;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.throughline.retention.RetentionRule.Disposal;
import org.throughline.retention.RetentionRule.StartEvent;

/**
 * Which records of a category have reached the end of their period under a rule, at a moment:
 * one query per category, in SQL. Records of an engagement under legal hold are never due;
 * records already anonymised are not due again. Each row is (record id, engagement id or null).
 *
 * <p>Audit entries are due oldest first only: the first entry that is not due (too young, or of a
 * held engagement) stops the rest, so that what remains of the chain still verifies.
 */
final class DueRecords {

    private static final String NOT_HELD =
            " and not exists (select 1 from legal_hold h where h.engagement_id = %s" + " and h.released_at is null)";

    /** The two parameters of {@link #whereAt}, ?1 and ?2. */
    private static final Pattern PARAMETER = Pattern.compile("\\?([12])(?!\\d)");

    private DueRecords() {}

    /**
     * Up to {@code limit} records due at {@code now} with ids after {@code after}, oldest id first: each
     * batch of a run starts where the one before ended, instead of passing over what it did again.
     */
    @SuppressWarnings("unchecked")
    static List<Object[]> due(EntityManager em, RetentionRule rule, Instant now, int limit, long after) {
        return bind(
                        em.createNativeQuery("select r.id, " + engagementOf(rule.getCategory()) + where(rule)
                                + " and r.id > " + after + " order by r.id"),
                        rule,
                        now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * For every rule, how many records are due at {@code now} and how many at {@code soon}: one statement
     * for all categories (each count a subquery of its own).
     */
    static Map<Category, long[]> counts(EntityManager em, List<RetentionRule> rules, Instant now, Instant soon) {
        StringBuilder sql = new StringBuilder("select ");
        List<LocalDateTime> parameters = new ArrayList<>();
        for (RetentionRule rule : rules) {
            for (Instant moment : List.of(now, soon)) {
                int first = parameters.size() + 1;
                sql.append(parameters.isEmpty() ? "" : ", ")
                        .append("(select count(*)")
                        .append(where(rule, first, first + 1))
                        .append(')');
                parameters.add(utc(rule.latestPossibleStart(moment)));
                parameters.add(utc(moment));
            }
        }
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Object result = query.getSingleResult();
        Object[] row = result instanceof Object[] values ? values : new Object[] {result};
        Map<Category, long[]> counts = new EnumMap<>(Category.class);
        for (int i = 0; i < rules.size(); i++) {
            counts.put(
                    rules.get(i).getCategory(),
                    new long[] {((Number) row[2 * i]).longValue(), ((Number) row[2 * i + 1]).longValue()});
        }
        return counts;
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, RetentionRule rule, Instant now) {
        return query.setParameter(1, utc(rule.latestPossibleStart(now))).setParameter(2, utc(now));
    }

    private static String where(RetentionRule rule) {
        return where(rule, 1, 2);
    }

    /** The from and where of the due records, with the latest possible start as ?start and the moment as ?moment. */
    private static String where(RetentionRule rule, int start, int moment) {
        return PARAMETER
                .matcher(whereAt(rule))
                .replaceAll(m -> "?" + (m.group(1).equals("1") ? start : moment));
    }

    private static String whereAt(RetentionRule rule) {
        Category category = rule.getCategory();
        if (category == Category.AUDIT_ENTRIES) {
            return " from audit_entry r where r.id < coalesce((select min(x.id) from audit_entry x where"
                    + " date_add(x.occurred_at, interval " + rule.getMonths() + " month) > ?2"
                    + " or exists (select 1 from legal_hold h where h.engagement_id = x.engagement_id"
                    + " and h.released_at is null)), 9223372036854775807) and r.occurred_at <= ?1";
        }
        String start = start(category, rule.getStartEvent());
        StringBuilder sql = new StringBuilder(" from ")
                .append(from(category))
                .append(" where ")
                .append(start)
                .append(" is not null and ")
                .append(start)
                .append(" <= ?1 and date_add(")
                .append(start)
                .append(", interval ")
                .append(rule.getMonths())
                .append(" month) <= ?2");
        if (category == Category.CLIENT_RECORDS) {
            sql.append(" and not exists (select 1 from engagement o where o.client_id = r.id"
                            + " and o.status not in ('CLOSED', 'CANCELLED'))")
                    .append(" and not exists (select 1 from engagement o join legal_hold h on h.engagement_id = o.id"
                            + " and h.released_at is null where o.client_id = r.id)");
        } else if (category == Category.DEACTIVATED_ACCOUNTS) {
            sql.append(" and r.active = false");
        } else {
            sql.append(String.format(NOT_HELD, engagementOf(category)));
        }
        if (rule.getDisposal() == Disposal.ANONYMISE) {
            sql.append(" and ").append(stillIdentifying(category));
        }
        return sql.toString();
    }

    private static String from(Category category) {
        return switch (category) {
            case SESSION_NOTES -> "coaching_session r join engagement e on e.id = r.engagement_id";
            case ACTIONS -> "session_action r join coaching_session s on s.id = r.session_id"
                    + " join engagement e on e.id = r.engagement_id";
            case FEEDBACK -> "feedback_check r join engagement e on e.id = r.engagement_id";
            case REFLECTIONS -> "reflection r left join coaching_session s on s.id = r.session_id";
            case DEVELOPMENT_NOTES -> "development_note r join reflection f on f.id = r.reflection_id"
                    + " left join coaching_session s on s.id = f.session_id";
            case RECAP_RECORDS -> "recap_send r join engagement e on e.id = r.engagement_id";
            case DEACTIVATED_ACCOUNTS -> "account r";
            case CLIENT_RECORDS -> "client r";
            case AUDIT_ENTRIES -> "audit_entry r";
        };
    }

    /** The engagement a record belongs to, for the legal hold and the audit entry. */
    static String engagementOf(Category category) {
        return switch (category) {
            case SESSION_NOTES, ACTIONS, FEEDBACK, RECAP_RECORDS, AUDIT_ENTRIES -> "r.engagement_id";
            case REFLECTIONS, DEVELOPMENT_NOTES -> "s.engagement_id";
            case DEACTIVATED_ACCOUNTS, CLIENT_RECORDS -> "null";
        };
    }

    private static String start(Category category, StartEvent event) {
        if (event == StartEvent.ENGAGEMENT_CLOSED) {
            return category == Category.CLIENT_RECORDS
                    ? "(select max(o.closed_at) from engagement o where o.client_id = r.id)"
                    : "e.closed_at";
        }
        return switch (category) {
            case SESSION_NOTES, REFLECTIONS, DEVELOPMENT_NOTES -> "r.created_at";
            case ACTIONS -> "s.created_at";
            case FEEDBACK -> "r.recorded_at";
            case RECAP_RECORDS -> "r.sent_at";
            case AUDIT_ENTRIES -> "r.occurred_at";
            case DEACTIVATED_ACCOUNTS -> "r.deactivated_at";
            case CLIENT_RECORDS -> throw new IllegalArgumentException("client records start when engagements close");
        };
    }

    /** True of a record that anonymising has not yet reached. */
    private static String stillIdentifying(Category category) {
        return switch (category) {
            case SESSION_NOTES -> "(r.checkin_sealed is not null or r.focus_sealed is not null"
                    + " or r.insight_sealed is not null or r.obstacle_sealed is not null or r.follow_up_sealed is not null)";
            case ACTIONS -> "(r.description_sealed is not null or r.due_sealed is not null or r.notice_sealed is not null"
                    + " or r.support_sealed is not null or r.result_note_sealed is not null)";
            case FEEDBACK -> "(r.answers_sealed is not null or r.adjustments_sealed is not null)";
            case REFLECTIONS -> "r.content_sealed is not null";
            case DEVELOPMENT_NOTES -> "r.note_sealed is not null";
            case RECAP_RECORDS -> "r.recipient <> ''";
            case DEACTIVATED_ACCOUNTS, CLIENT_RECORDS -> "r.anonymised_at is null";
            case AUDIT_ENTRIES -> "true";
        };
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
