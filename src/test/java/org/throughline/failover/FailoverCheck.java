package org.throughline.failover;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;
import org.throughline.devserver.EmbeddedDatabase;
import org.throughline.devserver.RunnableJar;
import org.throughline.engagement.web.EngagementScreens;
import org.throughline.identity.web.SignInScreen;
import org.throughline.session.web.SessionScreens;
import org.throughline.testsupport.Browser;
import org.throughline.testsupport.WebClient;

/**
 * The failover check ({@code src/test/sh/failover.sh}): Throughline instances on their own loopback
 * addresses, one database, HAProxy in front (round robin, no stickiness). It checks what an
 * organization relies on when an instance or the database goes away:
 *
 * <ol>
 *   <li>a coach who has typed into the session form keeps what they typed and stays signed in when the
 *       instance that served the form is killed ({@code kill -9}) before they save;
 *   <li>a third instance that joins later knows the existing sessions;
 *   <li>the purge, started on all three instances at the same moment, runs once;
 *   <li>under concurrent saves through the load balancer, every save acknowledged with a success page
 *       is in the database after an instance was killed;
 *   <li>the same while the database restarts, and the application answers again within 10 s of the
 *       database being back.
 * </ol>
 *
 * Prints each result; exits with 1 if any check failed.
 */
public final class FailoverCheck {

    private static final Logger LOG = Logger.getLogger(FailoverCheck.class.getName());
    private static final String[] ADDRESSES = {"127.0.0.2", "127.0.0.3", "127.0.0.4"};
    private static final String PASSWORD = SignInScreen.DEMO_PASSWORD;
    private static final Pattern SERVED_BY = Pattern.compile("instance;desc=\"?([a-z0-9]+)");
    private static final Pattern COACH_OPTION = Pattern.compile("<option value=\"(\\d+)\"");
    /** Supervision time saved by the load has this many minutes, so that it can be told apart. */
    private static final int LOAD_MINUTES = 47;

    private final Path project = Path.of("").toAbsolutePath();
    private final Path work = project.resolve("target/failover");
    private final Process[] instances = new Process[ADDRESSES.length];
    private final List<String> failures = new ArrayList<>();
    private final List<String> results = new ArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger nextDay = new AtomicInteger(1);
    private EmbeddedDatabase database;
    private Map<String, String> env;
    private Process haproxy;
    private String balancer;

    public static void main(String[] args) throws Exception {
        FailoverCheck check = new FailoverCheck();
        try {
            check.run();
        } catch (Exception | AssertionError e) {
            check.failures.add("stopped: " + e);
            LOG.log(java.util.logging.Level.SEVERE, "The failover check stopped", e);
        } finally {
            check.stopAll();
        }
        check.results.forEach(line -> LOG.info("  " + line)); // the report
        check.failures.forEach(line -> LOG.severe("FAILED: " + line));
        LOG.info(check.failures.isEmpty() ? "Failover check passed." : "Failover check FAILED.");
        System.exit(check.failures.isEmpty() ? 0 : 1);
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        database = EmbeddedDatabase.start(work.resolve("mariadb"), RunnableJar.freePort());
        database.ensureDatabase("failover", "failover", "failover-check");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        env = new HashMap<>();
        env.put("DB_URL", database.jdbcUrl("failover"));
        env.put("DB_USER", "failover");
        env.put("DB_PASSWORD", "failover-check");
        env.put("THROUGHLINE_CONTENT_KEYS", "failover:" + Base64.getEncoder().encodeToString(key));
        byte[] auditKey = new byte[32];
        new SecureRandom().nextBytes(auditKey);
        env.put("THROUGHLINE_AUDIT_KEY", Base64.getEncoder().encodeToString(auditKey));
        env.put(
                "THROUGHLINE_CLUSTER_MEMBERS",
                List.of(ADDRESSES).stream().map(a -> a + ":6900").collect(Collectors.joining(",")));
        env.put("THROUGHLINE_CLUSTER_NAME", "failover-check");
        start(0, true); // loads the demo data once
        waitUntilReady(0);
        start(1, false);
        waitUntilReady(1);
        startBalancer();

        int killed = sessionSurvivesKill();
        thirdInstanceKnowsTheSession();
        start(killed, false);
        waitUntilReady(killed);
        purgeRunsOnce();
        savesSurviveKill(1);
        savesSurviveDatabaseRestart();
        auditTrailVerifies();
    }

    // 1. The session form survives the kill of the instance that served it.
    private int sessionSurvivesKill() throws Exception {
        String client = "Failover " + UUID.randomUUID().toString().substring(0, 6);
        String focus = "Whether to take the regional role " + client;
        try (Browser browser = new Browser()) {
            SignInScreen signIn = new SignInScreen(browser);
            signIn.signInAs("admin@demo.test", PASSWORD);
            EngagementScreens admin = new EngagementScreens(browser);
            admin.addClient(client, "Fjord Energy");
            admin.startEngagement(client, "Four-session focus sprint (v1)");
            admin.assignCoach("Sam Okafor");
            signIn.signOut();
            signIn.signInAs("coach@demo.test", PASSWORD);
            SessionScreens coach = new SessionScreens(browser);
            coach.openEngagement(client);
            coach.recordNextSession(1);
            String served = (String) browser.driver()
                    .executeScript("const t = performance.getEntriesByType('navigation')[0].serverTiming;"
                            + " return t.length ? t[0].description : null;");
            int instance = indexOf(served);
            coach.note(focus, "She learns by trying", "Her team depends on her", "What the trial week showed");
            kill(instance);
            browser.click("session:saveDraft");
            browser.waitForText("Draft saved.");
            browser.driver().navigate().refresh();
            browser.waitForText("session 1, ");
            String kept = browser.find("session:focus").getAttribute("value");
            check(
                    focus.equals(kept),
                    "session form: " + served + " (which served it) killed before the save; the save went to the"
                            + " other instance, the coach stayed signed in, the typed note was saved",
                    "the note after the save reads \"" + kept + "\"");
            sessionCookies = browser.driver().manage().getCookies();
            return instance;
        }
    }

    private Set<Cookie> sessionCookies;

    // 2. A third instance joining later knows the signed-in coach.
    private void thirdInstanceKnowsTheSession() throws Exception {
        start(2, false);
        waitUntilReady(2);
        String cookies = sessionCookies.stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(direct(2) + "coach/caseload.xhtml"))
                        .header("Cookie", cookies)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        check(
                page.statusCode() == 200 && page.body().contains("Sam Okafor"),
                "third instance (" + ADDRESSES[2] + ") started later: the coach's session is signed in there",
                "it answered " + page.statusCode() + " "
                        + page.headers().firstValue("Location").orElse(""));
    }

    // 3. The purge started on every instance at the same moment runs once.
    private void purgeRunsOnce() throws Exception {
        List<WebClient> admins = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < ADDRESSES.length; i++) {
            WebClient admin = new WebClient(direct(i)).signIn("admin@demo.test", PASSWORD);
            admins.add(admin);
            pages.add(admin.get("admin/retention.xhtml").body());
        }
        String since = sql("SELECT DATE_FORMAT(NOW(6), '%Y-%m-%d %H:%i:%s.%f')").get(0);
        CyclicBarrier together = new CyclicBarrier(admins.size());
        ExecutorService pool = Executors.newFixedThreadPool(admins.size());
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < admins.size(); i++) {
            WebClient admin = admins.get(i);
            Map<String, String> form = WebClient.form(pages.get(i), "rules", "runNow", Map.of());
            answers.add(pool.submit(() -> {
                together.await();
                return admin.post("admin/retention.xhtml", form).statusCode();
            }));
        }
        for (Future<Integer> answer : answers) {
            check(answer.get() == 200, null, "a run-now request answered " + answer.get());
        }
        pool.shutdown();
        Thread.sleep(5000); // the runs go on in the background
        String runs = sql("SELECT COUNT(*) FROM purge_run WHERE started_at >= '" + since + "'")
                .get(0);
        String purged = sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'PURGE' AND occurred_at >= '" + since
                        + "'")
                .get(0);
        List<String> twice = sql("SELECT CONCAT(record_type, ' ', record_id) FROM audit_entry WHERE action = 'PURGE'"
                + " AND occurred_at >= '" + since + "' GROUP BY record_type, record_id HAVING COUNT(*) > 1");
        check(
                runs.equals("1") && twice.isEmpty() && !purged.equals("0"),
                "purge started on all three instances at the same moment: 1 run, " + purged
                        + " records purged, each exactly once",
                runs + " runs; purged twice: " + twice + "; purged in all: " + purged);
    }

    // 4. Concurrent saves while an instance is killed: every acknowledged save is in the database.
    private void savesSurviveKill(int victim) throws Exception {
        Load load = new Load(8);
        load.startAfter(Duration.ZERO);
        Thread.sleep(8000);
        kill(victim);
        Thread.sleep(12000);
        load.stop();
        Set<LocalDate> stored = storedLoadDates();
        List<LocalDate> lost =
                load.acknowledged.stream().filter(d -> !stored.contains(d)).toList();
        check(
                lost.isEmpty() && load.acknowledged.size() > 0,
                "saves under load, " + ADDRESSES[victim] + " killed after 8 s: " + load.summary() + "; all "
                        + load.acknowledged.size() + " acknowledged saves are in the database",
                lost.size() + " acknowledged saves are missing: " + lost + " (" + load.summary() + ")");
        start(victim, false);
        waitUntilReady(victim);
    }

    // 5. The database restarts under load.
    private void savesSurviveDatabaseRestart() throws Exception {
        WebClient probe = new WebClient(balancer).signIn("coach@demo.test", PASSWORD);
        Load load = new Load(4);
        load.startAfter(Duration.ZERO);
        Thread.sleep(5000);
        database.stop();
        Thread.sleep(8000);
        database.restart();
        long back = System.nanoTime();
        long recovered = -1;
        while (System.nanoTime() - back < TimeUnit.SECONDS.toNanos(60)) {
            HttpResponse<String> page = probe.get("coach/caseload.xhtml");
            if (page.statusCode() == 200 && page.body().contains("Sam Okafor")) {
                recovered = System.nanoTime() - back;
                break;
            }
            Thread.sleep(200);
        }
        Thread.sleep(5000);
        load.stop();
        double seconds = recovered / 1e9;
        check(
                recovered >= 0 && seconds <= 10,
                String.format(
                        "database stopped for 8 s under load: pages answered again %.1f s after it was back", seconds),
                recovered < 0
                        ? "no page answered within 60 s of the database being back"
                        : seconds + " s to answer again");
        Set<LocalDate> stored = storedLoadDates();
        List<LocalDate> lost =
                load.acknowledged.stream().filter(d -> !stored.contains(d)).toList();
        check(
                lost.isEmpty() && load.acknowledged.size() > 0,
                "saves across the database restart: " + load.summary() + "; all acknowledged saves are in the database",
                lost.size() + " acknowledged saves are missing (" + load.summary() + ")");
    }

    // 6. The instances sealed the audit trail in turns: one chain that verifies.
    private void auditTrailVerifies() throws Exception {
        Thread.sleep(7000); // every entry is sealed within 5 s
        WebClient admin = new WebClient(balancer).signIn("admin@demo.test", PASSWORD);
        String answer =
                admin.submit("admin/audit.xhtml", "audit", "verify", Map.of()).body();
        Matcher intact =
                Pattern.compile("The audit trail is intact: ([^;]*) checked").matcher(answer);
        boolean verified = intact.find() && !intact.group(1).endsWith("no blocks");
        check(
                verified,
                verified ? "audit trail sealed by the instances in turns (" + intact.group(1) + ") verifies" : null,
                "the audit trail does not verify, or nothing was sealed, after the check (see the Audit page)");
    }

    /** Supervisors recording supervision time through the load balancer, each save on its own day. */
    private final class Load {
        final Set<LocalDate> acknowledged = ConcurrentHashMap.newKeySet();
        final AtomicInteger refused = new AtomicInteger();
        final Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
        final AtomicBoolean running = new AtomicBoolean(true);
        final ExecutorService pool;
        final int clients;

        Load(int clients) {
            this.clients = clients;
            this.pool = Executors.newFixedThreadPool(clients);
        }

        void startAfter(Duration delay) {
            for (int i = 0; i < clients; i++) {
                pool.submit(this::saveUntilStopped);
            }
        }

        private void saveUntilStopped() {
            WebClient supervisor = null;
            while (running.get()) {
                try {
                    if (supervisor == null) {
                        supervisor = new WebClient(balancer).signIn("supervisor@demo.test", PASSWORD);
                    }
                    HttpResponse<String> page = supervisor.get("supervisor/log.xhtml");
                    if (page.statusCode() != 200) {
                        failure("page " + page.statusCode());
                        continue;
                    }
                    Matcher coach = COACH_OPTION.matcher(page.body());
                    if (!coach.find()) {
                        failure("no coach on the page");
                        continue;
                    }
                    LocalDate day = LocalDate.now().minusDays(nextDay.getAndIncrement());
                    Map<String, String> fields = new HashMap<>();
                    fields.put("log:coach_input", coach.group(1));
                    fields.put("log:date_input", day.toString());
                    fields.put("log:minutes_input", String.valueOf(LOAD_MINUTES));
                    fields.put("log:minutes_hinput", String.valueOf(LOAD_MINUTES));
                    fields.put("log:kind", "INDIVIDUAL");
                    HttpResponse<String> saved = supervisor.post(
                            "supervisor/log.xhtml", WebClient.form(page.body(), "log", "record", fields));
                    if (saved.statusCode() == 200 && saved.body().contains("Supervision time recorded.")) {
                        acknowledged.add(day);
                    } else if (saved.statusCode() == 200) {
                        refused.incrementAndGet();
                    } else {
                        failure("save " + saved.statusCode());
                    }
                } catch (RuntimeException e) {
                    failure(e.getClass().getSimpleName());
                    supervisor = null; // sign in again, as a person would after an error
                }
            }
        }

        private void failure(String what) {
            failed.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }

        String summary() {
            return acknowledged.size() + " saves acknowledged, " + refused.get() + " answered without success, failed: "
                    + (failed.isEmpty() ? "none" : failed.toString());
        }
    }

    private Set<LocalDate> storedLoadDates() throws SQLException {
        return sql("SELECT t.held_on FROM supervision_time t JOIN account a ON a.id = t.supervisor_id"
                        + " WHERE a.email = 'supervisor@demo.test' AND t.minutes = " + LOAD_MINUTES)
                .stream()
                .map(LocalDate::parse)
                .collect(Collectors.toSet());
    }

    private void start(int instance, boolean demo) throws Exception {
        Map<String, String> instanceEnv = new HashMap<>(env);
        instanceEnv.put("THROUGHLINE_DEMO", String.valueOf(demo));
        instanceEnv.put("THROUGHLINE_HTTP_ADDRESS", ADDRESSES[instance]);
        instanceEnv.put("THROUGHLINE_CLUSTER_ADDRESS", ADDRESSES[instance]);
        instances[instance] = RunnableJar.start(
                project,
                8080,
                work.resolve("instance-" + name(instance)),
                instanceEnv,
                work.resolve("instance-" + name(instance) + ".log").toFile());
    }

    private void waitUntilReady(int instance) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!instances[instance].isAlive()) {
                throw new IllegalStateException("instance " + name(instance) + " ended; see target/failover/");
            }
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(URI.create(direct(instance) + "sign-in.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    LOG.info("instance " + name(instance) + " ready");
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("instance " + name(instance) + " not ready within 180 s");
    }

    private void kill(int instance) throws InterruptedException {
        instances[instance].destroyForcibly(); // SIGKILL: no shutdown, as when a machine fails
        instances[instance].waitFor();
        LOG.info("instance " + name(instance) + " killed");
    }

    private void startBalancer() throws Exception {
        int port = RunnableJar.freePort();
        StringBuilder config = new StringBuilder();
        config.append("global\n  maxconn 512\n")
                .append("defaults\n  mode http\n  timeout connect 2s\n  timeout client 60s\n  timeout server 60s\n")
                .append("  retries 3\n  option redispatch 1\n  retry-on conn-failure empty-response\n")
                .append("frontend web\n  bind 127.0.0.1:")
                .append(port)
                .append("\n  default_backend throughline\n")
                .append("backend throughline\n  balance roundrobin\n  option httpchk GET /sign-in.xhtml\n")
                .append("  http-response set-header Server-Timing \"instance;desc=%[srv_name]\"\n");
        for (int i = 0; i < ADDRESSES.length; i++) {
            config.append("  server ")
                    .append(name(i))
                    .append(' ')
                    .append(ADDRESSES[i])
                    .append(":8080 check inter 1s fall 2 rise 2\n");
        }
        Path file = work.resolve("haproxy.cfg");
        Files.writeString(file, config);
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile())
                .start();
        balancer = "http://127.0.0.1:" + port + "/";
        System.setProperty("throughline.baseUrl", balancer);
        Thread.sleep(3000); // the health checks find the instances that are up
    }

    private void stopAll() {
        for (Process instance : instances) {
            if (instance != null && instance.isAlive()) {
                RunnableJar.stop(instance);
            }
        }
        if (haproxy != null) {
            haproxy.destroy();
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                LOG.warning("stopping the database: " + e);
            }
        }
    }

    private List<String> sql(String query) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl("failover"), "failover", "failover-check");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private void check(boolean passed, String result, String failure) {
        if (passed) {
            if (result != null) {
                results.add("ok: " + result);
            }
        } else {
            failures.add(failure);
        }
    }

    private int indexOf(String served) {
        for (int i = 0; i < ADDRESSES.length; i++) {
            if (name(i).equals(served)) {
                return i;
            }
        }
        throw new IllegalStateException("the load balancer did not say which instance served the form: " + served);
    }

    private static String name(int instance) {
        return "tl" + (instance + 1);
    }

    private static String direct(int instance) {
        return "http://" + ADDRESSES[instance] + ":8080/";
    }
}
