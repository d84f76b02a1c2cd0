package org.throughline.bench;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.throughline.devserver.RunnableJar;
import org.throughline.testsupport.WebClient;

/**
 * The purge benchmark, not a test: on a generated organization (scale 1 unless {@code --scale} says
 * otherwise, in a database of its own that each run makes afresh), sets the retention rules so that the
 * session notes, actions and feedback checks of every engagement closed more than a month ago, and the
 * reflections and development notes written more than a month ago, are due; starts the purge from the
 * Retention page and meanwhile keeps two people loading pages (an administrator the engagements list,
 * the coach with the largest caseload theirs). Reports records a second and the pages' answer times
 * before and during the run, and checks that every record went, with a receipt and an audit entry
 * each. Writes target/bench/purge.md.
 */
public final class PurgeBenchmark {

    private static final Logger LOG = Logger.getLogger(PurgeBenchmark.class.getName());

    /** A category made due: the start of its period, and the SQL that counts its records due and still identifying. */
    private record Due(String category, String startEvent, String count) {}

    private static final String CLOSED_OVER_A_MONTH_AGO = " JOIN engagement e ON e.id = r.engagement_id"
            + " WHERE e.closed_at < UTC_TIMESTAMP() - INTERVAL 1 MONTH AND NOT EXISTS (SELECT 1 FROM legal_hold h"
            + " WHERE h.engagement_id = e.id AND h.released_at IS NULL) AND ";

    private static final List<Due> CATEGORIES = List.of(
            new Due(
                    "SESSION_NOTES",
                    "ENGAGEMENT_CLOSED",
                    "SELECT COUNT(*) FROM coaching_session r" + CLOSED_OVER_A_MONTH_AGO
                            + "r.checkin_sealed IS NOT NULL"),
            new Due(
                    "ACTIONS",
                    "ENGAGEMENT_CLOSED",
                    "SELECT COUNT(*) FROM session_action r" + CLOSED_OVER_A_MONTH_AGO
                            + "r.description_sealed IS NOT NULL"),
            new Due(
                    "FEEDBACK",
                    "ENGAGEMENT_CLOSED",
                    "SELECT COUNT(*) FROM feedback_check r" + CLOSED_OVER_A_MONTH_AGO + "r.answers_sealed IS NOT NULL"),
            // a reflection's and a development note's period starts when it is written: those over a month old, of held
            // engagements not
            new Due(
                    "REFLECTIONS",
                    "RECORD_CREATED",
                    "SELECT COUNT(*) FROM reflection r LEFT JOIN coaching_session s ON s.id = r.session_id"
                            + " WHERE r.created_at < UTC_TIMESTAMP() - INTERVAL 1 MONTH AND r.content_sealed IS NOT NULL"
                            + " AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.engagement_id = s.engagement_id"
                            + " AND h.released_at IS NULL)"),
            new Due(
                    "DEVELOPMENT_NOTES",
                    "RECORD_CREATED",
                    "SELECT COUNT(*) FROM development_note r JOIN reflection f ON f.id = r.reflection_id"
                            + " LEFT JOIN coaching_session s ON s.id = f.session_id"
                            + " WHERE r.created_at < UTC_TIMESTAMP() - INTERVAL 1 MONTH AND r.note_sealed IS NOT NULL"
                            + " AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.engagement_id = s.engagement_id"
                            + " AND h.released_at IS NULL)"));

    private PurgeBenchmark() {}

    public static void main(String[] args) throws Exception {
        try {
            measure(Generator.scale(args));
        } catch (Exception e) {
            LOG.log(java.util.logging.Level.SEVERE, "The purge benchmark failed", e);
            System.exit(1);
        }
        System.exit(0); // ends the embedded database with the run (its shutdown hook)
    }

    private static void measure(double scale) throws Exception {
        try (BenchDatabase database = BenchDatabase.open(scale, "bench_purge_", true)) {
            String refusal = Generator.generate(database, scale);
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
            try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
                if (Generator.count(db, "SELECT COUNT(*) FROM purge_run") > 0) {
                    throw new IllegalStateException("The database " + database.describe() + " was purged by an"
                            + " earlier run; give the purge benchmark a freshly generated one");
                }
                String report = run(scale, database, db);
                Path out = Path.of("target/bench/purge.md");
                Files.createDirectories(out.getParent());
                Files.writeString(out, report);
                LOG.info("Written to " + out.toAbsolutePath() + "\n" + report);
            }
        }
    }

    private static String run(double scale, BenchDatabase database, Connection db) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        File log = project.resolve("target/bench/payara-purge-" + Generator.label(scale) + ".log")
                .toFile();
        Files.createDirectories(log.toPath().getParent());
        int port = RunnableJar.freePort();
        long started = System.nanoTime();
        Process server = RunnableJar.start(
                project, port, project.resolve("target/bench/payara"), PageBenchmark.environment(database), log);
        try {
            String base = "http://127.0.0.1:" + port + "/";
            Load.awaitReady(base + "health/ready", server, started);
            PageBenchmark.awaitSealed(db);
            try (Statement statement = db.createStatement()) {
                for (Due due : CATEGORIES) {
                    statement.executeUpdate("UPDATE retention_rule SET months = 1, start_event = '" + due.startEvent()
                            + "', disposal = 'ANONYMISE' WHERE category = '" + due.category() + "'");
                }
            }
            Map<String, Long> due = stillIdentifying(db);
            long dueTotal = due.values().stream().mapToLong(Long::longValue).sum();
            LOG.info("Due: " + due);
            String coach = PageBenchmark.text(
                    db,
                    "SELECT a.email FROM engagement e JOIN account a ON a.id = e.coach_id"
                            + " GROUP BY a.id, a.email ORDER BY COUNT(*) DESC, a.id LIMIT 1");
            List<WebClient> readers = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            readers.add(new WebClient(base).signIn("admin@bench.test", Organization.PASSWORD));
            paths.add("admin/engagements.xhtml");
            readers.add(new WebClient(base).signIn(coach, Organization.PASSWORD));
            paths.add("coach/caseload.xhtml");
            AtomicBoolean going = new AtomicBoolean(true);
            List<Long> before = Collections.synchronizedList(new ArrayList<>());
            for (List<Long> times : List.of(new ArrayList<Long>(), before)) { // a warm-up, then the figures
                going.set(true);
                List<Thread> probes = probe(readers, paths, Collections.synchronizedList(times), going);
                Thread.sleep(10_000);
                going.set(false);
                for (Thread probe : probes) {
                    probe.join();
                }
            }

            WebClient purger = new WebClient(base).signIn("admin@bench.test", Organization.PASSWORD);
            List<Long> during = Collections.synchronizedList(new ArrayList<>());
            going.set(true);
            List<Thread> probes = probe(readers, paths, during, going);
            long start = System.nanoTime();
            HttpResponse<String> answer = purger.submit("admin/retention.xhtml", "rules", "runNow", Map.of());
            if (!answer.body().contains("The purge has started")) {
                going.set(false);
                throw new IllegalStateException("The purge did not start (HTTP " + answer.statusCode() + ")");
            }
            while (Generator.count(db, "SELECT COUNT(*) FROM purge_run WHERE finished_at IS NOT NULL") == 0) {
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            going.set(false);
            for (Thread probe : probes) {
                probe.join();
            }
            String categories =
                    String.join("', '", CATEGORIES.stream().map(Due::category).toList());
            long receipts = Generator.count(
                    db,
                    "SELECT COALESCE(SUM(how_many), 0) FROM purge_receipt WHERE category IN ('" + categories + "')");
            // the default rules of the other categories may find a few records too: each has its entry as well
            long allReceipts = Generator.count(db, "SELECT COALESCE(SUM(how_many), 0) FROM purge_receipt");
            long entries = Generator.count(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'PURGE'");
            Map<String, Long> left = stillIdentifying(db);
            long leftTotal = left.values().stream().mapToLong(Long::longValue).sum();
            if (receipts != dueTotal || entries != allReceipts || leftTotal != 0) {
                throw new IllegalStateException("Due " + dueTotal + ", in their receipts " + receipts
                        + "; in all receipts " + allReceipts + ", PURGE audit entries " + entries
                        + "; still identifying afterwards " + leftTotal);
            }
            return String.format(
                    Locale.ROOT,
                    "# Purge benchmark%n%n%s%n%nScale %s (database %s), resident memory after the run %d MB.%n%n"
                            + "| | |%n| --- | --- |%n"
                            + "| records anonymised | %d (%s), each with a receipt count and an audit entry |%n"
                            + "| time from *Run the purge now* to the run's end | %.1f s |%n"
                            + "| records a second | %.0f |%n"
                            + "| pages before the purge (engagements list, caseload; 2 people) | %s |%n"
                            + "| pages during the purge | %s |%n",
                    PageBenchmark.machine(),
                    Generator.label(scale),
                    database.describe(),
                    PageBenchmark.residentMegabytes(server),
                    dueTotal,
                    due,
                    seconds,
                    dueTotal / seconds,
                    describe(before),
                    describe(during));
        } finally {
            RunnableJar.stop(server);
        }
    }

    /** How many records of each of the benchmark's categories are due and still hold content. */
    private static Map<String, Long> stillIdentifying(Connection db) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Due due : CATEGORIES) {
            counts.put(due.category(), Generator.count(db, due.count()));
        }
        return counts;
    }

    /** One thread per reader, loading its page again and again while {@code going}; answer times in ms. */
    private static List<Thread> probe(
            List<WebClient> readers, List<String> paths, List<Long> millis, AtomicBoolean going) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            WebClient reader = readers.get(i);
            String path = paths.get(i);
            Thread thread = new Thread(() -> {
                while (going.get()) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = reader.get(path);
                    if (answer.statusCode() != 200) {
                        LOG.warning(path + " answered " + answer.statusCode());
                        return;
                    }
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
            });
            thread.start();
            threads.add(thread);
        }
        return threads;
    }

    private static String describe(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "no request finished";
        }
        return String.format(
                Locale.ROOT,
                "%d requests, median %d ms, p95 %d ms, slowest %d ms",
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)),
                sorted.get(sorted.size() - 1));
    }
}
