package org.throughline.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.throughline.identity.Account;
import org.throughline.identity.Role;
import org.throughline.identity.SignedInAccounts;
import org.throughline.shared.TimeSource;

/**
 * The append-only audit trail. Services record every write of confidential content and every read
 * by someone other than its author, in the same transaction as the work itself; an entry is hashed
 * on its own and needs no lock, so audited writes never wait for each other. The sealer then puts
 * the entries into sealed blocks (see the package description). Nothing here changes an entry; the
 * retention rule on audit entries removes the oldest ones, and a sealed checkpoint says where the
 * chain then starts.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COACH_NAME, Role.SUPERVISOR_NAME})
public class AuditTrail {

    /** Entries per block at most. */
    static final int BLOCK = 5000;

    private static final int BLOCKS_PER_CALL = 20;
    private static final int VERIFY_PAGE = 100;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private TimeSource time;

    @Inject
    private AuditSeal key;

    @Resource(lookup = "jdbc/throughline")
    private DataSource dataSource;

    @Inject
    private SignedInAccounts signedInAccounts;

    /** Appends one entry for the signed-in person acting in {@code role}. */
    public AuditEntry record(
            Role role,
            AuditEntry.Action action,
            AuditEntry.RecordType type,
            long recordId,
            Long engagementId,
            String reason) {
        Long actorId = signedInAccounts
                .account(caller.getCallerPrincipal().getName())
                .map(Account::getId)
                .orElse(null);
        AuditEntry entry = new AuditEntry(time.now(), actorId, role, action, type, recordId, engagementId, reason);
        em.persist(entry);
        em.flush(); // the entry has its id for the caller
        return entry;
    }

    /**
     * Appends one entry per record for the signed-in person acting in {@code role}, in a few multi-row
     * statements: for a page that shows many confidential records at once, and for a purge batch. Each
     * record still has its own entry, hashed on its own like any other. {@code engagementByRecord} maps
     * each record id to its engagement (or null), in the order the entries are to have.
     */
    public void recordAll(
            Role role,
            AuditEntry.Action action,
            AuditEntry.RecordType type,
            Map<Long, Long> engagementByRecord,
            String reason) {
        Long actorId = signedInAccounts
                .account(caller.getCallerPrincipal().getName())
                .map(Account::getId)
                .orElse(null);
        Instant now = time.now().truncatedTo(ChronoUnit.MICROS);
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<Map.Entry<Long, Long>> records = new java.util.ArrayList<>(engagementByRecord.entrySet());
        // plain JDBC on the transaction's own connection: EclipseLink binds thousands of parameters slowly
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < records.size(); from += 500) {
                List<Map.Entry<Long, Long>> chunk = records.subList(from, Math.min(records.size(), from + 500));
                StringBuilder sql = new StringBuilder("insert into audit_entry (occurred_at, actor_id, actor_role,"
                        + " action, record_type, record_id, engagement_id, reason, hash) values ");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                }
                try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (Map.Entry<Long, Long> record : chunk) {
                        insert.setObject(p++, at);
                        insert.setObject(p++, actorId);
                        insert.setString(p++, role == null ? null : role.name());
                        insert.setString(p++, action.name());
                        insert.setString(p++, type.name());
                        insert.setLong(p++, record.getKey());
                        insert.setObject(p++, record.getValue());
                        insert.setString(p++, reason);
                        insert.setString(
                                p++,
                                AuditEntry.hashOf(
                                        now, actorId, role, action, type, record.getKey(), record.getValue(), reason));
                    }
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("The audit entries could not be written", e);
        }
    }

    /**
     * Seals the entries that wait for a block, oldest first, in blocks of at most {@value #BLOCK};
     * returns how many. Sealers on every instance take turns on one row, so blocks never fork.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public int sealWaiting() {
        em.createNativeQuery("select id from audit_head where id = 1 for update")
                .getSingleResult();
        int sealed = 0;
        for (int block = 0; block < BLOCKS_PER_CALL; block++) {
            List<Object[]> waiting =
                    rows(em.createNativeQuery("select id, hash from audit_entry where block_id is null order by id")
                            .setMaxResults(BLOCK)
                            .getResultList());
            if (waiting.isEmpty()) {
                break;
            }
            List<String> hashes = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Object[] row : waiting) {
                ids.add(((Number) row[0]).longValue());
                hashes.add((String) row[1]);
            }
            AuditBlock sealedBlock = new AuditBlock(hashes, chainEnd(), time.now());
            em.persist(sealedBlock);
            em.flush();
            sealedBlock.sealWith(key);
            em.flush();
            for (int from = 0; from < ids.size(); from += 1000) {
                em.createQuery("update AuditEntry e set e.blockId = :block where e.id in :ids")
                        .setParameter("block", sealedBlock.getId())
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                        .executeUpdate();
            }
            sealed += ids.size();
            if (ids.size() < BLOCK) {
                break;
            }
        }
        return sealed;
    }

    /** The hash the next block follows: the newest block's, or the newest checkpoint's when none is left. */
    private String chainEnd() {
        List<String> newest = em.createQuery("select b.blockHash from AuditBlock b order by b.id desc", String.class)
                .setMaxResults(1)
                .getResultList();
        if (!newest.isEmpty()) {
            return newest.get(0);
        }
        return newestCheckpoint().map(AuditCheckpoint::getPreviousBlockHash).orElse(AuditBlock.GENESIS);
    }

    private java.util.Optional<AuditCheckpoint> newestCheckpoint() {
        return em.createQuery("select c from AuditCheckpoint c order by c.id desc", AuditCheckpoint.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Entries newest first, optionally of one action, one record type and one engagement. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditRow> list(
            AuditEntry.Action action, AuditEntry.RecordType type, Long engagementId, int first, int size) {
        return filtered(
                        "select new org.throughline.audit.AuditRow(e, a.displayName) from AuditEntry e"
                                + " left join Account a on a.id = e.actorId",
                        action,
                        type,
                        engagementId,
                        AuditRow.class,
                        " order by e.id desc")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * How many entries the list has, counted at most up to {@code atMost} when a filter is set. The
     * whole trail is counted from its blocks (the sealed counts, less what the oldest-first removal
     * cut from the first block, and the entries still waiting for their block), not row by row.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public long count(AuditEntry.Action action, AuditEntry.RecordType type, Long engagementId, int atMost) {
        if (action == null && type == null && engagementId == null) {
            long sealed = ((Number) em.createQuery("select coalesce(sum(b.entryCount), 0) from AuditBlock b")
                            .getSingleResult())
                    .longValue();
            Optional<AuditCheckpoint> checkpoint = newestCheckpoint();
            if (checkpoint.isPresent() && checkpoint.get().getFirstBlockId() != null) {
                AuditBlock cut = em.find(AuditBlock.class, checkpoint.get().getFirstBlockId());
                if (cut != null) {
                    sealed -= cut.getEntryCount() - checkpoint.get().getFirstBlockCount();
                }
            }
            long waiting = em.createQuery("select count(e) from AuditEntry e where e.blockId is null", Long.class)
                    .getSingleResult();
            return sealed + waiting;
        }
        return filtered("select e.id from AuditEntry e", action, type, engagementId, Long.class, " order by e.id desc")
                .setMaxResults(atMost)
                .getResultList()
                .size();
    }

    /**
     * Checks the whole trail, one block at a time (memory stays bounded however long the trail): the
     * newest checkpoint's seal; for every block its seal, that it follows the block before it, and that
     * its entries — each recomputed from its fields — give the sealed Merkle root and count; entries
     * that name a block that is gone; and the entries still waiting for their block.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public AuditVerification verify() {
        List<AuditProblem> problems = new ArrayList<>();
        AuditCheckpoint checkpoint = newestCheckpoint().orElse(null);
        String expectedPrevious = AuditBlock.GENESIS;
        if (checkpoint != null) {
            if (!key.holds(checkpoint.computeHash(), checkpoint.getSeal())) {
                problems.add(new AuditProblem(checkpoint.getId(), AuditProblem.Kind.CHECKPOINT_FORGED));
            }
            expectedPrevious = checkpoint.getPreviousBlockHash();
        }
        long after = 0;
        long sealedEntries = 0;
        long blocks = 0;
        AuditBlock newest = null;
        while (true) {
            List<AuditBlock> page = em.createQuery(
                            "select b from AuditBlock b where b.id > :after order by b.id", AuditBlock.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_PAGE)
                    .getResultList();
            for (AuditBlock block : page) {
                if (!block.getBlockHash().equals(block.computeHash())
                        || !key.holds(block.getBlockHash(), block.getSeal())) {
                    problems.add(new AuditProblem(block.getId(), AuditProblem.Kind.BLOCK_FORGED));
                }
                if (!block.getPreviousBlockHash().equals(expectedPrevious)) {
                    problems.add(new AuditProblem(block.getId(), AuditProblem.Kind.CHAIN_BROKEN));
                }
                List<String> hashes = new ArrayList<>();
                for (Object[] row : entryRows("e.blockId = :block", block.getId())) {
                    String computed = AuditEntry.hashOfRow(row);
                    if (!computed.equals(row[10])) {
                        problems.add(new AuditProblem(((Number) row[0]).longValue(), AuditProblem.Kind.CHANGED));
                    }
                    hashes.add(computed);
                }
                boolean cut = checkpoint != null && block.getId().equals(checkpoint.getFirstBlockId());
                String root = cut ? checkpoint.getFirstBlockRoot() : block.getMerkleRoot();
                int count = cut ? checkpoint.getFirstBlockCount() : block.getEntryCount();
                if (hashes.size() != count || !AuditBlock.merkleRoot(hashes).equals(root)) {
                    problems.add(new AuditProblem(block.getId(), AuditProblem.Kind.BLOCK_ALTERED));
                }
                expectedPrevious = block.getBlockHash();
                sealedEntries += hashes.size();
                blocks++;
                after = block.getId();
                newest = block;
            }
            em.clear();
            if (page.size() < VERIFY_PAGE) {
                break;
            }
        }
        List<Number> orphans = em.createNativeQuery("select min(e.id) from audit_entry e left join audit_block b"
                        + " on b.id = e.block_id where e.block_id is not null and b.id is null")
                .getResultList();
        if (!orphans.isEmpty() && orphans.get(0) != null) {
            problems.add(new AuditProblem(orphans.get(0).longValue(), AuditProblem.Kind.BLOCK_MISSING));
        }
        long waiting = 0;
        for (Object[] row : entryRows("e.blockId is null", null)) {
            if (!AuditEntry.hashOfRow(row).equals(row[10])) {
                problems.add(new AuditProblem(((Number) row[0]).longValue(), AuditProblem.Kind.CHANGED));
            }
            waiting++;
        }
        return new AuditVerification(
                problems,
                sealedEntries,
                blocks,
                waiting,
                newest == null ? null : newest.getId(),
                newest == null ? null : newest.getBlockHash(),
                newest == null ? null : newest.getSealedAt());
    }

    private List<Object[]> entryRows(String where, Long block) {
        var query = em.createQuery(
                "select " + AuditEntry.FIELDS + " from AuditEntry e where " + where + " order by e.id", Object[].class);
        if (block != null) {
            query.setParameter("block", block);
        }
        return query.getResultList();
    }

    /**
     * Removes the oldest entries, up to and including {@code lastId}, for the retention rule on audit
     * entries, and writes a sealed checkpoint saying where the chain now starts. Waiting entries are
     * sealed first. Only ever a prefix of the blocks: the block holding {@code lastId} keeps its newer
     * entries, and the checkpoint holds the root of what is left of it.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public int forgetUpTo(long lastId) {
        while (sealWaiting() > 0) {
            // every entry up to lastId is in a block now
        }
        Number blockOfLast = (Number) em.createNativeQuery("select block_id from audit_entry where id = ?")
                .setParameter(1, lastId)
                .getSingleResult();
        AuditBlock cut = em.find(AuditBlock.class, blockOfLast.longValue());
        int removed = em.createNativeQuery("delete from audit_entry where block_id < ?")
                .setParameter(1, cut.getId())
                .executeUpdate();
        removed += em.createNativeQuery("delete from audit_entry where block_id = ? and id <= ?")
                .setParameter(1, cut.getId())
                .setParameter(2, lastId)
                .executeUpdate();
        List<String> rest = em.createQuery(
                        "select e.hash from AuditEntry e where e.blockId = :block order by e.id", String.class)
                .setParameter("block", cut.getId())
                .getResultList();
        AuditCheckpoint checkpoint;
        if (rest.isEmpty()) {
            em.createNativeQuery("delete from audit_block where id <= ?")
                    .setParameter(1, cut.getId())
                    .executeUpdate();
            checkpoint = new AuditCheckpoint(cut.getBlockHash(), lastId, time.now());
        } else {
            em.createNativeQuery("delete from audit_block where id < ?")
                    .setParameter(1, cut.getId())
                    .executeUpdate();
            checkpoint = new AuditCheckpoint(cut, AuditBlock.merkleRoot(rest), rest.size(), lastId, time.now());
        }
        em.persist(checkpoint);
        em.flush();
        checkpoint.sealWith(key);
        return removed;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private <T> TypedQuery<T> filtered(
            String select,
            AuditEntry.Action action,
            AuditEntry.RecordType type,
            Long engagementId,
            Class<T> result,
            String order) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        if (action != null) {
            jpql.append(" and e.action = :action");
        }
        if (type != null) {
            jpql.append(" and e.recordType = :type");
        }
        if (engagementId != null) {
            jpql.append(" and e.engagementId = :engagement");
        }
        TypedQuery<T> query = em.createQuery(jpql + order, result);
        if (action != null) {
            query.setParameter("action", action);
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        if (engagementId != null) {
            query.setParameter("engagement", engagementId);
        }
        return query;
    }
}
