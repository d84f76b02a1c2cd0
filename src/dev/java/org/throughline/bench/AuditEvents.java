package org.throughline.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.logging.Logger;
import org.throughline.audit.AuditEntry;
import org.throughline.identity.Role;

/**
 * The audit trail of the generated organization: an entry for each generated write and supervisor's
 * read, then handover reads up to the wanted number, written in time order with each entry's hash as
 * the application computes it. They are left waiting for their block: the application seals them at
 * its first start, as it would entries written just before a restart.
 */
final class AuditEvents {

    private static final Role[] ROLES = Role.values();
    private static final AuditEntry.Action[] ACTIONS = AuditEntry.Action.values();
    private static final AuditEntry.RecordType[] TYPES = AuditEntry.RecordType.values();

    private final int wanted;
    private long[] seconds;
    private long[] actors;
    private long[] records;
    private long[] engagements;
    private byte[] kinds; // the role
    private byte[] actions;
    private byte[] types;
    private int count;

    AuditEvents(int wanted) {
        this.wanted = wanted;
        int capacity = Math.max(1024, wanted);
        seconds = new long[capacity];
        actors = new long[capacity];
        records = new long[capacity];
        engagements = new long[capacity];
        kinds = new byte[capacity];
        actions = new byte[capacity];
        types = new byte[capacity];
    }

    void add(
            LocalDateTime at,
            long actor,
            Role role,
            AuditEntry.Action action,
            AuditEntry.RecordType type,
            long record,
            long engagement) {
        if (count == seconds.length) {
            int grown = count * 2;
            seconds = Arrays.copyOf(seconds, grown);
            actors = Arrays.copyOf(actors, grown);
            records = Arrays.copyOf(records, grown);
            engagements = Arrays.copyOf(engagements, grown);
            kinds = Arrays.copyOf(kinds, grown);
            actions = Arrays.copyOf(actions, grown);
            types = Arrays.copyOf(types, grown);
        }
        seconds[count] = at.toEpochSecond(ZoneOffset.UTC);
        actors[count] = actor;
        kinds[count] = (byte) role.ordinal();
        actions[count] = (byte) action.ordinal();
        types[count] = (byte) type.ordinal();
        records[count] = record;
        engagements[count] = engagement;
        count++;
    }

    /** Coaches reading the notes of engagements handed over to them, up to the wanted number of entries. */
    void fillWithHandoverReads(Random random, long[] coaches, long engagementCount, Instant now) {
        long from = now.minusSeconds(3L * 365 * 24 * 3600).getEpochSecond();
        while (count < wanted) {
            long engagement = 1 + (long) (random.nextDouble() * engagementCount);
            add(
                    LocalDateTime.ofEpochSecond(
                            from + (long) (random.nextDouble() * (now.getEpochSecond() - from)), 0, ZoneOffset.UTC),
                    coaches[random.nextInt(coaches.length)],
                    Role.COACH,
                    AuditEntry.Action.READ,
                    AuditEntry.RecordType.SESSION,
                    engagement,
                    engagement);
        }
    }

    void write(Connection db, Logger log) throws SQLException {
        long[] order = new long[count];
        long base = Arrays.stream(seconds, 0, count).min().orElse(0);
        for (int i = 0; i < count; i++) {
            order[i] = ((seconds[i] - base) << 24) | i; // time first, then the order of making (fits 16M entries)
        }
        Arrays.sort(order);
        try (BatchInsert entry = new BatchInsert(
                db,
                "audit_entry",
                "id",
                "occurred_at",
                "actor_id",
                "actor_role",
                "action",
                "record_type",
                "record_id",
                "engagement_id",
                "hash")) {
            for (int n = 0; n < count; n++) {
                int i = (int) (order[n] & 0xFFFFFF);
                Instant at = Instant.ofEpochSecond(seconds[i]);
                Long engagement = engagements[i] == 0 ? null : engagements[i];
                Role role = ROLES[kinds[i]];
                AuditEntry.Action action = ACTIONS[actions[i]];
                AuditEntry.RecordType type = TYPES[types[i]];
                entry.add(
                        n + 1L,
                        LocalDateTime.ofEpochSecond(seconds[i], 0, ZoneOffset.UTC),
                        actors[i],
                        role.name(),
                        action.name(),
                        type.name(),
                        records[i],
                        engagement,
                        AuditEntry.hashOf(at, actors[i], role, action, type, records[i], engagement, null));
                if ((n + 1) % 500_000 == 0) {
                    log.info("Audit entries written: " + (n + 1));
                }
            }
        }
        log.info("Audit entries: " + count + " (sealed into blocks by the application at its first start)");
    }
}
