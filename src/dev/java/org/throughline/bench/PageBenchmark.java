package org.throughline.bench;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughline.devserver.RunnableJar;
import org.throughline.testsupport.WebClient;

/**
 * The page benchmark: for each scale, generates the organization (once), starts the application on it
 * beside a bare 50-row PrimeFaces table page, signs in as the coach with the largest caseload, a
 * supervisor and an administrator, and measures every main page: requests a second and p50/p95/p99 at
 * eight connections, and the SQL statements of one page load (the database's own statement counter).
 * Writes the table to target/bench/pages.md.
 */
public final class PageBenchmark {

    private static final Logger LOG = Logger.getLogger(PageBenchmark.class.getName());
    private static final Pattern ERROR_LINE = Pattern.compile("<(?:h1|title|li)[^>]*>([^<]{3,200})<");

    private PageBenchmark() {}

    /** One page to measure: its name in the table, the sessions that ask for it (one per connection), its path. */
    record Page(String name, List<WebClient> as, String path) {}

    /** What one page measured, or why it could not be. */
    record Measured(String name, Load.Figures figures, long statements, String failure) {}

    public static void main(String[] args) throws Exception {
        String[] scales = System.getProperty("bench.scales", "0.01,1").split(",");
        Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
        StringBuilder report = new StringBuilder("# Page benchmark\n\n")
                .append(machine())
                .append(String.format(
                        Locale.ROOT,
                        " Eight connections, each its own signed-in session; each page measured for %d s after a"
                                + " warm-up.%n%n",
                        measure.toSeconds()));
        Path out = Path.of("target/bench/pages.md");
        Files.createDirectories(out.getParent());
        for (String scale : scales) {
            report.append(run(Double.parseDouble(scale.strip()), measure));
            Files.writeString(out, report); // after each scale, so that a later failure keeps the figures
        }
        LOG.info("Written to " + out.toAbsolutePath() + "\n" + report);
        System.exit(0); // ends the embedded database with the run (its shutdown hook)
    }

    private static String run(double scale, Duration measure) throws Exception {
        try (BenchDatabase database = BenchDatabase.open(scale)) {
            String refusal = Generator.generate(database, scale);
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
            Path project = Path.of("").toAbsolutePath();
            File log = project.resolve("target/bench/payara-" + Generator.label(scale) + ".log")
                    .toFile();
            Files.createDirectories(log.toPath().getParent());
            int port = RunnableJar.freePort();
            long started = System.nanoTime();
            Process server = RunnableJar.start(
                    project,
                    port,
                    project.resolve("target/bench/payara"),
                    environment(database),
                    log,
                    "--deploy",
                    BareTable.war().toString());
            try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
                String base = "http://127.0.0.1:" + port + "/";
                double ready = Load.awaitReady(base + "health/ready", server, started);
                awaitSealed(db);
                if (Boolean.getBoolean("bench.serve")) {
                    LOG.info("Serving the generated organization at " + base + " (accounts in README, Benchmark);"
                            + " stop with Ctrl-C");
                    server.waitFor();
                }
                List<Page> pages = pages(db, base);
                List<WebClient> anonymous = new ArrayList<>();
                for (int i = 0; i < Load.CONNECTIONS; i++) {
                    anonymous.add(new WebClient(base));
                }
                Load.Figures bare = Load.run(anonymous, "bare/table.xhtml", measure);
                List<Measured> results = new ArrayList<>();
                for (Page page : pages) {
                    results.add(measure(db, page, measure));
                }
                long rss = residentMegabytes(server);
                return table(scale, database, bare, results, ready, rss);
            } finally {
                RunnableJar.stop(server);
            }
        }
    }

    static Map<String, String> environment(BenchDatabase database) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", database.applicationUrl());
        env.put("DB_USER", database.user());
        env.put("DB_PASSWORD", database.password());
        env.put("THROUGHLINE_DEMO", "false");
        env.put("THROUGHLINE_CONTENT_KEY_FILE", BenchKeys.contentKeyFile().toString());
        env.put("THROUGHLINE_AUDIT_KEY", BenchKeys.audit());
        env.put("THROUGHLINE_AUDIT_SEAL_SECONDS", "1");
        // the nightly purge stays away from the run
        env.put(
                "THROUGHLINE_PURGE_TIME",
                LocalTime.now(ZoneOffset.UTC).plusHours(12).format(DateTimeFormatter.ofPattern("HH:mm")));
        return env;
    }

    /** The generated audit entries wait for their blocks; the application seals them first. */
    static void awaitSealed(Connection db) throws Exception {
        long waiting;
        long since = System.nanoTime();
        while ((waiting = Generator.count(db, "SELECT COUNT(*) FROM audit_entry WHERE block_id IS NULL")) > 0) {
            LOG.info("Audit entries waiting for their block: " + waiting);
            Thread.sleep(5000);
        }
        LOG.info(String.format(Locale.ROOT, "Audit trail sealed (%.0f s)", (System.nanoTime() - since) / 1e9));
    }

    private static List<Page> pages(Connection db, String base) throws SQLException {
        String coachEmail = text(
                db,
                "SELECT a.email FROM engagement e JOIN account a ON a.id = e.coach_id"
                        + " GROUP BY a.id, a.email ORDER BY COUNT(*) DESC, a.id LIMIT 1");
        long coachId = Long.parseLong(text(db, "SELECT id FROM account WHERE email = '" + coachEmail + "'"));
        String engagement = text(
                db,
                "SELECT e.id FROM engagement e JOIN coaching_session s ON s.engagement_id = e.id"
                        + " WHERE e.coach_id = " + coachId + " AND e.status = 'ACTIVE' GROUP BY e.id"
                        + " ORDER BY COUNT(*) DESC, e.id LIMIT 1");
        String supervisorEmail = text(
                db,
                "SELECT a.email FROM reflection r JOIN account a ON a.id = r.shared_with_id"
                        + " WHERE r.status = 'SHARED' GROUP BY a.id, a.email ORDER BY COUNT(*) DESC, a.id LIMIT 1");
        String shared = text(
                db,
                "SELECT r.id FROM reflection r JOIN account a ON a.id = r.shared_with_id"
                        + " WHERE r.status = 'SHARED' AND a.email = '" + supervisorEmail + "' ORDER BY r.id LIMIT 1");
        List<WebClient> coach = sessions(base, coachEmail);
        List<WebClient> supervisor = sessions(base, supervisorEmail);
        List<WebClient> admin = sessions(base, "admin@bench.test");
        long sessions =
                Generator.count(db, "SELECT COUNT(*) FROM coaching_session WHERE engagement_id = " + engagement);
        long caseload = Generator.count(db, "SELECT COUNT(*) FROM engagement WHERE coach_id = " + coachId);
        return List.of(
                new Page("coach: caseload (" + caseload + " engagements)", coach, "coach/caseload.xhtml"),
                new Page(
                        "coach: engagement page (" + sessions + " sessions)",
                        coach,
                        "coach/engagement.xhtml?id=" + engagement),
                new Page("coach: session form", coach, "coach/session.xhtml?engagement=" + engagement),
                new Page("coach: actions", coach, "coach/actions.xhtml"),
                new Page("coach: reflections", coach, "coach/reflections.xhtml"),
                new Page("coach: development", coach, "coach/development.xhtml"),
                new Page("supervisor: review queue", supervisor, "supervisor/queue.xhtml"),
                new Page("supervisor: review of a reflection", supervisor, "supervisor/review.xhtml?id=" + shared),
                new Page("supervisor: supervision log", supervisor, "supervisor/log.xhtml"),
                new Page("supervisor: my coaches", supervisor, "supervisor/coaches.xhtml"),
                new Page("admin: engagements", admin, "admin/engagements.xhtml"),
                new Page("admin: clients", admin, "admin/clients.xhtml"),
                new Page("admin: coaches", admin, "admin/coaches.xhtml"),
                new Page("admin: accounts", admin, "admin/accounts.xhtml"),
                new Page("admin: programmes", admin, "admin/programs.xhtml"),
                new Page("admin: audit trail", admin, "admin/audit.xhtml"),
                new Page("admin: security log", admin, "admin/security-log.xhtml"),
                new Page("admin: retention", admin, "admin/retention.xhtml"),
                new Page("admin: supervision", admin, "admin/supervision.xhtml"));
    }

    /** One signed-in session per connection, as eight people signed in as the same account would have. */
    private static List<WebClient> sessions(String base, String email) {
        List<WebClient> signedIn = new ArrayList<>();
        for (int i = 0; i < Load.CONNECTIONS; i++) {
            signedIn.add(new WebClient(base).signIn(email, Organization.PASSWORD));
        }
        return signedIn;
    }

    private static Measured measure(Connection db, Page page, Duration measure) throws Exception {
        HttpResponse<String> first = page.as().get(0).get(page.path());
        if (first.statusCode() != 200) {
            Matcher line = ERROR_LINE.matcher(first.body());
            String why = "HTTP " + first.statusCode()
                    + (line.find() ? ": " + line.group(1).strip() : "");
            LOG.warning(page.name() + " failed: " + why);
            return new Measured(page.name(), null, -1, why);
        }
        long statements = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = questions(db);
            page.as().get(0).get(page.path());
            statements = Math.min(statements, questions(db) - before - 1); // the counter counts its own query
        }
        Load.Figures figures = Load.run(page.as(), page.path(), measure);
        LOG.info(page.name() + ": " + figures + ", " + statements + " statements");
        return new Measured(page.name(), figures, statements, null);
    }

    private static long questions(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rows.next();
            return rows.getLong(2);
        }
    }

    private static String table(
            double scale, BenchDatabase database, Load.Figures bare, List<Measured> results, double ready, long rss) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "## Scale %s%n%n", Generator.label(scale)));
        out.append(String.format(
                Locale.ROOT,
                "Database %s. Ready %.1f s after start; resident memory after the run %d MB."
                        + " Bare 50-row PrimeFaces table: %.0f requests/s (p95 %.1f ms).%n%n",
                database.describe(),
                ready,
                rss,
                bare.perSecond(),
                bare.p95()));
        out.append(
                "| page | requests/s | p50 ms | p95 ms | p99 ms | SQL statements per load | ratio to the bare table |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Measured m : results) {
            if (m.failure() != null) {
                out.append("| ")
                        .append(m.name())
                        .append(" | failed: ")
                        .append(m.failure())
                        .append(" | | | | | |\n");
                continue;
            }
            Load.Figures f = m.figures();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.1f | %.1f | %.1f | %d | %.2f |%n",
                    m.name(),
                    f.perSecond(),
                    f.p50(),
                    f.p95(),
                    f.p99(),
                    m.statements(),
                    f.perSecond() / bare.perSecond()));
        }
        return out.append('\n').toString();
    }

    static long residentMegabytes(Process server) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + server.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            LOG.warning("No resident memory figure: " + e);
        }
        return -1;
    }

    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        long memory = 0;
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024)
                    .findFirst()
                    .orElse(0);
        } catch (IOException e) {
            // left out
        }
        return String.format(
                Locale.ROOT,
                "Machine: %d cores, %d GiB, Java %s; run %s.",
                runtime.availableProcessors(),
                memory,
                System.getProperty("java.version"),
                java.time.LocalDate.now(ZoneOffset.UTC));
    }

    static String text(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("The generated data has nothing for: " + sql);
            }
            return rows.getString(1);
        }
    }
}
