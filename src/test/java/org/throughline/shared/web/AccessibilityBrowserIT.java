package org.throughline.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.json.Json;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.Browser;

/**
 * Every screen of every role, in the browser: axe-core (injected into the page) finds no violation of
 * any impact, the W3C Nu checker finds no error in the HTML the server sent, and at 390 px wide the page
 * does not scroll sideways. The role pages are found in the built WAR, as the page-access test finds
 * them, and opened with records of the demo data; a page of the WAR that no screen here opens fails the
 * test, so that a new page is checked too. Screenshots of each screen at 1400 and at 390 px go to
 * target/screenshots/. The checkers come from the npm registry (axe-core, vnu-jar), installed into
 * target/a11y/ by the test command.
 */
class AccessibilityBrowserIT {

    private static final Path TOOLS = Path.of("target/a11y/node_modules");
    private static final Path SENT = Path.of("target/a11y/sent");
    /** A screen: who looks at it, and the page with the query that gives it a record. */
    private record Screen(String email, String path) {
        String name() {
            return (email == null ? "anonymous" : email.replaceAll("@.*", "")) + "-"
                    + path.replaceAll("\\.xhtml", "").replaceAll("[^A-Za-z0-9]+", "-");
        }
    }

    @Test
    void everyScreenIsAccessibleValidAndFitsAPhone() throws Exception {
        String axe = Files.readString(TOOLS.resolve("axe-core/axe.min.js"));
        Files.createDirectories(SENT);
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) { // starts the server, which makes the database
            List<Screen> screens = screens();
            assertEverWarPageIsChecked(screens);
            String signedIn = "";
            for (Screen screen : screens) {
                String as = screen.email() == null ? "" : screen.email();
                if (!as.equals(signedIn)) {
                    browser.driver().manage().deleteAllCookies();
                    if (!as.isEmpty()) {
                        new SignInScreen(browser).signInAs(as, SignInScreen.DEMO_PASSWORD);
                    }
                    signedIn = as;
                }
                if (screen.path().startsWith("admin/engagement-content")) {
                    openBreakGlass(browser, screen.path().replaceAll(".*id=", ""));
                }
                check(browser, screen, axe, problems);
            }
        }
        problems.addAll(nuErrors());
        problems.forEach(System.out::println);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static void check(Browser browser, Screen screen, String axe, List<String> problems) throws Exception {
        browser.driver().manage().window().setSize(new Dimension(1400, 900));
        browser.open(screen.path());
        browser.driver().executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.driver()
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary.split('\\n')[1])}))))"
                        + ".catch(e => done([{id: 'axe failed', impact: String(e), nodes: []}]));");
        for (Map<String, Object> violation : violations) {
            for (Object node : (List<?>) violation.get("nodes")) {
                problems.add(
                        screen.name() + ": axe " + violation.get("impact") + " " + violation.get("id") + " at " + node);
            }
        }
        String answer = (String) browser.driver()
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch(location.href, {credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => done(r.status + '\\n' + t))).catch(e => done('0\\n'));");
        int status = Integer.parseInt(answer.substring(0, answer.indexOf('\n')));
        String sent = answer.substring(answer.indexOf('\n') + 1);
        int expected = screen.path().startsWith("no-such-page") ? 404 : 200;
        String opened = browser.path().substring(1);
        if (status != expected || !screen.path().startsWith(opened)) {
            problems.add(screen.name() + ": opening " + screen.path() + " showed " + opened + " with HTTP " + status
                    + " (expected " + expected + " on the page itself)");
        }
        Files.writeString(SENT.resolve(screen.name() + ".html"), sent, StandardCharsets.UTF_8);
        browser.screenshot(screen.name() + "-1400");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(screen.path());
        Object overflow =
                browser.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        if (((Number) overflow).longValue() > 0) {
            Object widest = browser.driver()
                    .executeScript("return [...document.querySelectorAll('body *')]"
                            + ".filter(e => e.getBoundingClientRect().width > window.innerWidth"
                            + " && ![...e.children].some(c => c.getBoundingClientRect().width > window.innerWidth))"
                            + ".slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                            + " + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ')[0] : ''))"
                            + ".join(', ');");
            problems.add(screen.name() + ": at 390 px the page is " + overflow + " px wider than the window (" + widest
                    + ")");
        }
        browser.screenshot(screen.name() + "-390");
    }

    /** Opens a break-glass on the engagement, as an administrator does on its page, so that its notes can be read. */
    private static void openBreakGlass(Browser browser, String engagement) {
        browser.driver().manage().window().setSize(new Dimension(1400, 900));
        browser.open("admin/engagement.xhtml?id=" + engagement);
        if (browser.driver().findElements(By.cssSelector("[id$='readNotes']")).isEmpty()) {
            browser.driver()
                    .findElement(By.cssSelector("textarea[id$='breakGlassReason']"))
                    .sendKeys("Accessibility check of the break-glass page");
            browser.driver()
                    .findElement(By.cssSelector("[id$='openBreakGlass']"))
                    .click();
            browser.waitForText("Read the notes");
        }
    }

    /** The Nu checker's errors on every page as sent, one line each. */
    private static List<String> nuErrors() throws IOException, InterruptedException {
        List<String> files;
        try (Stream<Path> sent = Files.list(SENT)) {
            files = sent.map(Path::toString).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                TOOLS.resolve("vnu-jar/build/dist/vnu.jar").toString(),
                "--errors-only",
                "--format",
                "json",
                "--stdout"));
        command.addAll(files);
        Process vnu = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(vnu.waitFor(5, TimeUnit.MINUTES), "the Nu checker did not finish");
        Map<String, Object> answer = new Json().toType(out, Json.MAP_TYPE);
        List<String> errors = new ArrayList<>();
        for (Object item : (List<?>) answer.get("messages")) {
            Map<?, ?> message = (Map<?, ?>) item;
            String page = String.valueOf(message.get("url")).replaceAll(".*/|\\.html$", "");
            Object extract = message.get("extract");
            errors.add(page + ": Nu " + message.get("type") + " " + message.get("message") + " at "
                    + (extract == null ? "" : extract.toString().strip().replace('\n', ' ')));
        }
        return errors;
    }

    /** Every page of the WAR's role areas and account pages is among the screens. */
    private static void assertEverWarPageIsChecked(List<Screen> screens) throws IOException {
        Set<String> war = new TreeSet<>();
        for (String area : List.of("admin", "coach", "supervisor", "account")) {
            try (Stream<Path> files = Files.list(Path.of("target/throughline", area))) {
                files.map(p -> area + "/" + p.getFileName())
                        .filter(p -> p.endsWith(".xhtml"))
                        .forEach(war::add);
            }
        }
        Set<String> checked = new TreeSet<>();
        screens.forEach(s -> checked.add(s.path().replaceAll("\\?.*", "")));
        war.removeAll(checked);
        assertEquals(Set.of(), war, "pages of the WAR that no screen of this test opens");
    }

    /** The screens, with records of the demo data in their queries. */
    private static List<Screen> screens() throws SQLException {
        Map<String, String> ids = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(
                        System.getProperty("test.db.url"),
                        System.getProperty("test.db.user"),
                        System.getProperty("test.db.password"));
                Statement statement = db.createStatement()) {
            String coach = "(SELECT id FROM account WHERE email = 'coach@demo.test')";
            ids.put(
                    "engagement",
                    first(
                            statement,
                            "SELECT e.id FROM engagement e WHERE e.coach_id = " + coach + " AND e.status = 'ACTIVE'"
                                    + " ORDER BY (SELECT COUNT(*) FROM coaching_session s WHERE s.engagement_id = e.id)"
                                    + " DESC, e.id"));
            ids.put(
                    "final",
                    first(
                            statement,
                            "SELECT MIN(s.id) FROM coaching_session s WHERE s.engagement_id = " + ids.get("engagement")
                                    + " AND s.status = 'FINAL'"));
            ids.put(
                    "reflection",
                    first(statement, "SELECT id FROM reflection WHERE coach_id = " + coach + " ORDER BY id"));
            ids.put(
                    "shared",
                    first(
                            statement,
                            "SELECT r.id FROM reflection r JOIN account a ON a.id = r.shared_with_id"
                                    + " WHERE a.email = 'supervisor@demo.test' ORDER BY r.status = 'SHARED' DESC, r.id"));
            ids.put("client", first(statement, "SELECT MIN(id) FROM client"));
            ids.put("anyEngagement", first(statement, "SELECT MIN(id) FROM engagement"));
            ids.put(
                    "breakGlass",
                    first(
                            statement,
                            "SELECT MIN(e.id) FROM engagement e JOIN template_version v ON v.id = e.template_version_id"
                                    + " JOIN engagement_template t ON t.id = v.template_id"
                                    + " JOIN confidentiality_policy p ON p.id = t.policy_id WHERE p.break_glass_allowed"));
            ids.put("program", first(statement, "SELECT MIN(id) FROM program"));
            ids.put("version", first(statement, "SELECT MIN(id) FROM template_version"));
        }
        String admin = "admin@demo.test";
        String coach = "coach@demo.test";
        String supervisor = "supervisor@demo.test";
        List<Screen> screens = new ArrayList<>(List.of(
                new Screen(null, "sign-in.xhtml"),
                new Screen(coach, "index.xhtml"),
                new Screen(coach, "account/password.xhtml"),
                new Screen(coach, "no-such-page.xhtml"),
                new Screen(coach, "coach/caseload.xhtml"),
                new Screen(coach, "coach/engagement.xhtml?id=" + ids.get("engagement")),
                new Screen(coach, "coach/session.xhtml?engagement=" + ids.get("engagement")),
                new Screen(
                        coach, "coach/session.xhtml?engagement=" + ids.get("engagement") + "&id=" + ids.get("final")),
                new Screen(coach, "coach/feedback.xhtml?engagement=" + ids.get("engagement") + "&kind=MIDPOINT"),
                new Screen(coach, "coach/actions.xhtml"),
                new Screen(coach, "coach/reflections.xhtml"),
                new Screen(coach, "coach/reflection.xhtml?id=" + ids.get("reflection")),
                new Screen(coach, "coach/development.xhtml"),
                new Screen(supervisor, "supervisor/queue.xhtml"),
                new Screen(supervisor, "supervisor/review.xhtml?id=" + ids.get("shared")),
                new Screen(supervisor, "supervisor/log.xhtml"),
                new Screen(supervisor, "supervisor/coaches.xhtml"),
                new Screen(admin, "index.xhtml"),
                new Screen(admin, "admin/programs.xhtml"),
                new Screen(admin, "admin/templates.xhtml?program=" + ids.get("program")),
                new Screen(admin, "admin/template.xhtml?version=" + ids.get("version")),
                new Screen(admin, "admin/clients.xhtml"),
                new Screen(admin, "admin/client.xhtml?id=" + ids.get("client")),
                new Screen(admin, "admin/engagements.xhtml"),
                new Screen(admin, "admin/engagement.xhtml?id=" + ids.get("anyEngagement")),
                new Screen(admin, "admin/engagement.xhtml?id=" + ids.get("breakGlass")),
                new Screen(admin, "admin/engagement-content.xhtml?id=" + ids.get("breakGlass")),
                new Screen(admin, "admin/coaches.xhtml"),
                new Screen(admin, "admin/supervision.xhtml"),
                new Screen(admin, "admin/accounts.xhtml"),
                new Screen(admin, "admin/policies.xhtml"),
                new Screen(admin, "admin/retention.xhtml"),
                new Screen(admin, "admin/audit.xhtml"),
                new Screen(admin, "admin/security-log.xhtml")));
        return screens;
    }

    private static String first(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next() || rows.getString(1) == null) {
                throw new IllegalStateException("The demo data has no record for " + sql);
            }
            return rows.getString(1);
        }
    }
}
