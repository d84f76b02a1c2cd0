package org.throughline.devserver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.throughline.testsupport.WebClient;

/**
 * A benchmark, not a test: how fast the purge anonymises session notes, and how a page answers while
 * it runs. Starts its own MariaDB (target/bench/) and Payara Micro on free ports, writes
 * {@code bench.records} (default 20000) sessions of a long-closed engagement by JDBC, then times
 * an on-demand purge started through the Retention page while another administrator keeps loading
 * the engagements list. Prints the figures. Run it with src/test/sh/purge-benchmark.sh.
 */
public final class PurgeBenchmark {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(PurgeBenchmark.class.getName());
    private static final String ADMIN = "bench@bench.test";
    private static final String PASSWORD = "bench-password-for-this-run-only";

    private PurgeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("bench.records", 20_000);
        Path project = Path.of("").toAbsolutePath();
        try (EmbeddedDatabase db =
                EmbeddedDatabase.start(project.resolve("target/bench/mariadb"), RunnableJar.freePort())) {
            db.ensureDatabase("bench", "bench", "bench");
            int port = RunnableJar.freePort();
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("DB_URL", db.jdbcUrl("bench"));
            env.put("DB_USER", "bench");
            env.put("DB_PASSWORD", "bench");
            env.put("THROUGHLINE_DEMO", "false");
            env.put("THROUGHLINE_ADMIN_EMAIL", ADMIN);
            env.put("THROUGHLINE_ADMIN_PASSWORD", PASSWORD);
            env.put("THROUGHLINE_CONTENT_KEYS", "bench:" + Base64.getEncoder().encodeToString(key));
            byte[] auditKey = new byte[32];
            new SecureRandom().nextBytes(auditKey);
            env.put("THROUGHLINE_AUDIT_KEY", Base64.getEncoder().encodeToString(auditKey));
            env.put("PORT", String.valueOf(port));
            Process payara = DevServer.launch(
                    project,
                    env,
                    "target/bench/payara-root",
                    project.resolve("target/bench/payara.log").toFile());
            try {
                String base = "http://localhost:" + port + "/";
                waitUntilReady(base);
                seed(db.jdbcUrl("bench"), records);
                run(base, db.jdbcUrl("bench"), records);
            } finally {
                payara.destroy();
                payara.waitFor();
            }
        }
        System.exit(0);
    }

    private static void waitUntilReady(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 240; attempt++) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Payara Micro did not become ready");
    }

    /** One closed engagement (ended in 2000) with {@code records} sessions holding sealed-looking content. */
    private static void seed(String url, int records) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "bench", "bench");
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO program (name, created_at) VALUES ('Benchmark', UTC_TIMESTAMP(6))");
            s.executeUpdate("INSERT INTO engagement_template (program_id, name, created_at)"
                    + " SELECT id, 'Benchmark', UTC_TIMESTAMP(6) FROM program WHERE name = 'Benchmark'");
            s.executeUpdate("INSERT INTO template_version (template_id, number, status, session_count, session_minutes,"
                    + " cadence_days, midpoint_session, closing_session, created_at)"
                    + " SELECT id, 1, 'PUBLISHED', 52, 60, 7, 1, 1, UTC_TIMESTAMP(6) FROM engagement_template"
                    + " WHERE name = 'Benchmark'");
            s.executeUpdate("INSERT INTO client (display_name, pseudonym, created_at)"
                    + " VALUES ('Benchmark client', 'C-BENCH', UTC_TIMESTAMP(6))");
            s.executeUpdate("INSERT INTO engagement (client_id, template_version_id, status, start_date, created_at,"
                    + " closed_at) SELECT c.id, v.id, 'CLOSED', '1999-01-04', '1999-01-01', '2000-01-01'"
                    + " FROM client c, template_version v JOIN engagement_template t ON t.id = v.template_id"
                    + " WHERE c.pseudonym = 'C-BENCH' AND t.name = 'Benchmark'");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO coaching_session (engagement_id, number,"
                    + " session_date, duration_minutes, status, author_id, checkin_sealed, focus_sealed, insight_sealed,"
                    + " obstacle_sealed, follow_up_sealed, created_at, updated_at, finalized_at)"
                    + " SELECT e.id, ?, '1999-06-01', 60, 'FINAL', a.id, ?, ?, ?, ?, ?, '1999-06-01', '1999-06-01',"
                    + " '1999-06-01' FROM engagement e JOIN client c ON c.id = e.client_id, account a"
                    + " WHERE c.pseudonym = 'C-BENCH' AND a.email = '" + ADMIN + "'")) {
                String sealed = "bench:" + Base64.getEncoder().encodeToString(new byte[120]);
                for (int n = 1; n <= records; n++) {
                    insert.setInt(1, n);
                    for (int column = 2; column <= 6; column++) {
                        insert.setString(column, sealed);
                    }
                    insert.addBatch();
                    if (n % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            s.executeUpdate("UPDATE retention_rule SET months = 12, start_event = 'ENGAGEMENT_CLOSED',"
                    + " disposal = 'ANONYMISE' WHERE category = 'SESSION_NOTES'");
            c.commit();
        }
    }

    private static void run(String base, String url, int records) throws Exception {
        WebClient reader = new WebClient(base).signIn(ADMIN, PASSWORD);
        WebClient purger = new WebClient(base).signIn(ADMIN, PASSWORD);
        List<Long> before = probe(reader, 40);

        List<Long> during = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean purging = new AtomicBoolean(true);
        long began = System.nanoTime();
        Thread probe = new Thread(() -> {
            try {
                while (purging.get()) {
                    during.addAll(probe(reader, 1));
                }
            } catch (RuntimeException e) {
                LOG.warning(
                        String.format("probe failed %.1f s into the purge: %s", (System.nanoTime() - began) / 1e9, e));
            }
        });
        probe.start();
        long start = System.nanoTime();
        HttpResponse<String> answer = purger.submit("admin/retention.xhtml", "rules", "runNow", Map.of());
        if (!answer.body().contains("The purge has started")) {
            purging.set(false);
            throw new IllegalStateException("The purge did not start (HTTP " + answer.statusCode() + ")");
        }
        long anonymised;
        try (Connection c = DriverManager.getConnection(url, "bench", "bench");
                Statement s = c.createStatement()) {
            while (true) {
                try (var rows = s.executeQuery("SELECT count(*) FROM purge_run WHERE finished_at IS NOT NULL")) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
            try (var rows = s.executeQuery("SELECT how_many FROM purge_receipt WHERE category = 'SESSION_NOTES'")) {
                rows.next();
                anonymised = rows.getLong(1);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        purging.set(false);
        probe.join();
        if (anonymised != records) {
            throw new IllegalStateException("The purge anonymised " + anonymised + " of " + records + " sessions");
        }
        LOG.info(String.format(
                "Purge benchmark: %d session notes anonymised (batches of 200, one transaction each)%n"
                        + "  purge took %.1f s: %.0f records/s%n"
                        + "  engagements page before the purge: %s%n"
                        + "  engagements page during the purge: %s",
                records, seconds, records / seconds, describe(before), describe(during)));
    }

    /** Loads the engagements list {@code times} times; the answer times in milliseconds. */
    private static List<Long> probe(WebClient client, int times) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = client.get("admin/engagements.xhtml");
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the engagements page answered " + answer.statusCode() + " "
                        + answer.headers().firstValue("Location").orElse("") + " after "
                        + (System.nanoTime() - start) / 1_000_000 + " ms: "
                        + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return millis;
    }

    private static String describe(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "no request finished";
        }
        return String.format(
                "%d requests, median %d ms, 95th percentile %d ms, slowest %d ms",
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)),
                sorted.get(sorted.size() - 1));
    }
}
