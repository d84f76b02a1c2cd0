package org.throughline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.identity.Role;
import org.throughline.testsupport.Deployments;
import org.throughline.testsupport.incontainer.AsAdmin;

/**
 * Tamper evidence of the sealed audit trail, as someone who can write to the database but has no audit
 * key would try it. Each test restores what it tampered with, so the shared trail verifies again.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(AuditTrailIT.class);
    }

    @Inject
    private AuditTrail audit;

    @Inject
    private AsAdmin admin;

    @Resource(lookup = "jdbc/throughline")
    private DataSource database;

    /** Two entries written in one transaction, then sealed: they share a block. Returns their ids. */
    private long[] sealedPair() throws Exception {
        long[] ids = admin.call(() -> new long[] {
            audit.record(Role.ADMIN, AuditEntry.Action.READ, AuditEntry.RecordType.CLIENT, 901, null, "first")
                    .getId(),
            audit.record(Role.ADMIN, AuditEntry.Action.READ, AuditEntry.RecordType.CLIENT, 902, null, "second")
                    .getId()
        });
        admin.call(() -> audit.sealWaiting());
        return ids;
    }

    private List<AuditProblem> problems() throws Exception {
        return admin.call(() -> audit.verify()).problems();
    }

    private boolean reported(AuditProblem.Kind kind, long id) throws Exception {
        return problems().stream().anyMatch(p -> p.getKind() == kind && p.getId() == id);
    }

    private long number(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theWholeTrailIsCountedFromItsBlocksAndAFilteredListUpToItsLimit() throws Exception {
        sealedPair();
        admin.call(() ->
                audit.record(Role.ADMIN, AuditEntry.Action.READ, AuditEntry.RecordType.CLIENT, 903, null, "waiting"));
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            assertTrue(number(statement, "SELECT count(*) FROM audit_entry WHERE block_id IS NULL") > 0, "one waits");
            assertEquals(
                    number(statement, "SELECT count(*) FROM audit_entry"),
                    admin.call(() -> audit.count(null, null, null, 0)),
                    "sealed blocks and the entries waiting for theirs");
            long reads = number(statement, "SELECT count(*) FROM audit_entry WHERE action = 'READ'");
            assertTrue(reads >= 3);
            assertEquals(reads, admin.call(() -> audit.count(AuditEntry.Action.READ, null, null, (int) reads + 5)));
            assertEquals(2, admin.call(() -> audit.count(AuditEntry.Action.READ, null, null, 2)), "counted up to 2");
        }
    }

    @Test
    void twoWritersInTwoOpenTransactionsDoNotWaitForEachOtherAndBothGetSealed() throws Exception {
        CyclicBarrier bothWritten = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<Long>> written = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long record = 910 + i;
            written.add(writers.submit(() -> admin.call(() -> {
                long id = audit.record(
                                Role.ADMIN, AuditEntry.Action.READ, AuditEntry.RecordType.CLIENT, record, null, null)
                        .getId();
                bothWritten.await(20, TimeUnit.SECONDS); // both transactions are open here, each with its entry
                return id;
            })));
        }
        long first = written.get(0).get(30, TimeUnit.SECONDS);
        long second = written.get(1).get(30, TimeUnit.SECONDS);
        writers.shutdown();
        admin.call(() -> audit.sealWaiting());
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            assertTrue(number(statement, "SELECT block_id FROM audit_entry WHERE id = " + first) > 0, "first sealed");
            assertTrue(number(statement, "SELECT block_id FROM audit_entry WHERE id = " + second) > 0, "second sealed");
        }
        AuditVerification result = admin.call(() -> audit.verify());
        assertEquals(List.of(), result.problems());
        assertNotNull(result.newestBlockId());
    }

    @Test
    void anEntryRemovedFromTheMiddleOfItsBlockIsReported() throws Exception {
        long[] pair = sealedPair();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            long block = number(statement, "SELECT block_id FROM audit_entry WHERE id = " + pair[0]);
            statement.executeUpdate("CREATE TEMPORARY TABLE kept AS SELECT * FROM audit_entry WHERE id = " + pair[0]);
            statement.executeUpdate("DELETE FROM audit_entry WHERE id = " + pair[0]);
            try {
                assertTrue(reported(AuditProblem.Kind.BLOCK_ALTERED, block), "the block that lost an entry is named");
            } finally {
                statement.executeUpdate("INSERT INTO audit_entry SELECT * FROM kept");
            }
        }
        assertEquals(List.of(), problems());
    }

    @Test
    void entriesSwappedByRewritingTheirIdsAreReported() throws Exception {
        long[] pair = sealedPair();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            long block = number(statement, "SELECT block_id FROM audit_entry WHERE id = " + pair[0]);
            swap(statement, pair[0], pair[1]);
            try {
                assertTrue(reported(AuditProblem.Kind.BLOCK_ALTERED, block), "the reordered block is named");
                assertFalse(
                        problems().stream().anyMatch(p -> p.getKind() == AuditProblem.Kind.CHANGED),
                        "each entry on its own is unchanged: only the order shows it");
            } finally {
                swap(statement, pair[0], pair[1]);
            }
        }
        assertEquals(List.of(), problems());
    }

    private static void swap(Statement statement, long a, long b) throws SQLException {
        statement.executeUpdate("UPDATE audit_entry SET id = -1 WHERE id = " + a);
        statement.executeUpdate("UPDATE audit_entry SET id = " + a + " WHERE id = " + b);
        statement.executeUpdate("UPDATE audit_entry SET id = " + b + " WHERE id = -1");
    }

    @Test
    void aBlockWhoseNewestEntryWasRemovedAndWhoseHashesWereRecomputedIsReportedByItsSeal() throws Exception {
        long[] pair = sealedPair();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            long block = number(statement, "SELECT block_id FROM audit_entry WHERE id = " + pair[1]);
            String root;
            String blockHash;
            long count;
            String previous;
            try (ResultSet row = statement.executeQuery("SELECT merkle_root, block_hash, entry_count,"
                    + " previous_block_hash FROM audit_block WHERE id = " + block)) {
                row.next();
                root = row.getString(1);
                blockHash = row.getString(2);
                count = row.getLong(3);
                previous = row.getString(4);
            }
            // what the attacker computes without the key: the root and hash of the block as it would be
            // without its newest entry — everything but the seal
            List<String> kept = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT hash FROM audit_entry WHERE block_id = " + block
                    + " AND id <> " + pair[1] + " ORDER BY id")) {
                while (rows.next()) {
                    kept.add(rows.getString(1));
                }
            }
            String forgedRoot = AuditBlock.merkleRoot(kept);
            long micros = number(
                    statement,
                    "SELECT TIMESTAMPDIFF(MICROSECOND, '1970-01-01', sealed_at) FROM audit_block" + " WHERE id = "
                            + block);
            String forgedHash = AuditEntry.hashOf(new Object[] {block, kept.size(), forgedRoot, previous, micros});
            statement.executeUpdate(
                    "CREATE TEMPORARY TABLE removed AS SELECT * FROM audit_entry WHERE id = " + pair[1]);
            statement.executeUpdate("DELETE FROM audit_entry WHERE id = " + pair[1]);
            statement.executeUpdate("UPDATE audit_block SET merkle_root = '" + forgedRoot + "', entry_count = "
                    + kept.size() + ", block_hash = '" + forgedHash + "' WHERE id = " + block);
            try {
                List<AuditProblem> found = problems();
                assertTrue(
                        found.stream()
                                .anyMatch(p -> p.getKind() == AuditProblem.Kind.BLOCK_FORGED && p.getId() == block),
                        "the re-made block is named by its seal: " + found.size() + " problems");
                assertFalse(
                        found.stream()
                                .anyMatch(p -> p.getKind() == AuditProblem.Kind.BLOCK_ALTERED && p.getId() == block),
                        "its entries match the recomputed root: only the seal shows it");
            } finally {
                statement.executeUpdate("INSERT INTO audit_entry SELECT * FROM removed");
                statement.executeUpdate("UPDATE audit_block SET merkle_root = '" + root + "', entry_count = " + count
                        + ", block_hash = '" + blockHash + "' WHERE id = " + block);
            }
        }
        assertEquals(List.of(), problems());
    }

    @Test
    void aNewestBlockRemovedWithoutItsEntriesIsReported() throws Exception {
        long[] pair = sealedPair();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            long block = number(statement, "SELECT block_id FROM audit_entry WHERE id = " + pair[0]);
            statement.executeUpdate("CREATE TEMPORARY TABLE gone AS SELECT * FROM audit_block WHERE id = " + block);
            statement.executeUpdate("DELETE FROM audit_block WHERE id = " + block);
            try {
                assertTrue(
                        problems().stream().anyMatch(p -> p.getKind() == AuditProblem.Kind.BLOCK_MISSING),
                        "entries naming the removed block are reported");
            } finally {
                statement.executeUpdate("INSERT INTO audit_block SELECT * FROM gone");
            }
        }
        assertEquals(List.of(), problems());
    }

    @Test
    void aChainStartMovedBySqlIsReported() throws Exception {
        sealedPair();
        sealedPair();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            long newest = number(statement, "SELECT MAX(id) FROM audit_block");
            // a checkpoint made up in the database: "the trail starts at the newest block", with a seal
            // copied from a real one if there is any, or any hex
            String copiedSeal;
            try (ResultSet row = statement.executeQuery(
                    "SELECT COALESCE((SELECT seal FROM audit_checkpoint ORDER BY id DESC LIMIT 1), REPEAT('ab', 32))")) {
                row.next();
                copiedSeal = row.getString(1);
            }
            statement.executeUpdate("INSERT INTO audit_checkpoint (first_block_id, first_block_root, first_block_count,"
                    + " previous_block_hash, removed_up_to, created_at, seal) SELECT id, merkle_root, entry_count,"
                    + " previous_block_hash, 0, UTC_TIMESTAMP(6), '" + copiedSeal + "' FROM audit_block WHERE id = "
                    + newest);
            long forged = number(statement, "SELECT MAX(id) FROM audit_checkpoint");
            try {
                assertTrue(reported(AuditProblem.Kind.CHECKPOINT_FORGED, forged), "the made-up start is reported");
            } finally {
                statement.executeUpdate("DELETE FROM audit_checkpoint WHERE id = " + forged);
            }
        }
        assertEquals(List.of(), problems());
    }
}
