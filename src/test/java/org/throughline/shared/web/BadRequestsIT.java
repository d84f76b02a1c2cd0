package org.throughline.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.TestServer;
import org.throughline.testsupport.WebClient;

/**
 * What a scanner sends: malformed record ids to every page that takes one (found in the built WAR),
 * unknown addresses, and methods that pages do not answer. Each gets the application's own page with
 * the security headers and a short status, never a server error, and the log stays quiet.
 */
class BadRequestsIT {

    private static final Path LOG = Path.of("target/payara-blackbox.log");

    private static final List<String> MALFORMED =
            List.of("abc", "1'", "1.5", "-3", "0", "99999999999999999999", "7".repeat(5000), "");

    private static final Map<String, String> AREA_OWNER =
            Map.of("admin", "admin@demo.test", "coach", "coach@demo.test", "supervisor", "supervisor@demo.test");

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam name=\"([a-z]+)\"");

    /** Every page with a view parameter, and its parameters: "coach/session.xhtml" -> [engagement, id]. */
    private static Map<String, List<String>> pagesWithParameters() throws IOException {
        Map<String, List<String>> pages = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("target/throughline"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher parameter = VIEW_PARAM.matcher(Files.readString(file));
                List<String> names = new ArrayList<>();
                while (parameter.find()) {
                    names.add(parameter.group(1));
                }
                if (!names.isEmpty()) {
                    pages.put(Path.of("target/throughline").relativize(file).toString(), names);
                }
            }
        }
        assertTrue(pages.size() >= 10, "pages with parameters found: " + pages.keySet());
        return pages;
    }

    @Test
    void aMalformedIdOnAnyPageIsNotFoundAndLeavesNoTrace() throws IOException {
        Map<String, WebClient> owners = new java.util.HashMap<>();
        long linesBefore = lines();
        int requests = 0;
        for (Map.Entry<String, List<String>> page : pagesWithParameters().entrySet()) {
            String area = page.getKey().substring(0, page.getKey().indexOf('/'));
            WebClient owner = owners.computeIfAbsent(
                    area, a -> new WebClient().signIn(AREA_OWNER.get(a), SignInScreen.DEMO_PASSWORD));
            for (String parameter : page.getValue()) {
                for (String value : MALFORMED) {
                    String path =
                            page.getKey() + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    HttpResponse<String> response = owner.get(path);
                    String shown =
                            page.getKey() + "?" + parameter + "=" + value.substring(0, Math.min(20, value.length()));
                    assertEquals(404, response.statusCode(), shown);
                    assertOwnPage(response, "Page not found", shown);
                    requests++;
                }
            }
        }
        assertTrue(
                lines() - linesBefore <= requests,
                "the log grew by " + (lines() - linesBefore) + " lines for " + requests + " requests");
    }

    @Test
    void unknownAddressesAreNotFoundSignedInAndOut() {
        List<String> unknown =
                List.of("nonexist", "x.png", "coach/caseload.jsf", "admin/client.XHTML", "no-such-page.xhtml");
        WebClient coach = new WebClient().signIn("coach@demo.test", SignInScreen.DEMO_PASSWORD);
        WebClient anonymous = new WebClient();
        for (String path : unknown) {
            HttpResponse<String> response = coach.get(path);
            assertEquals(404, response.statusCode(), path);
            assertOwnPage(response, "Page not found", path);
            HttpResponse<String> signedOut = anonymous.get(path);
            if (path.startsWith("coach/") || path.startsWith("admin/")) {
                // inside an area, someone not signed in is asked to sign in first, as for its real pages
                assertEquals(302, signedOut.statusCode(), path);
                assertTrue(signedOut.headers().firstValue("Location").orElse("").endsWith("/sign-in.xhtml"));
                assertEquals(
                        "nosniff",
                        signedOut.headers().firstValue("X-Content-Type-Options").orElse(""),
                        path);
                assertEquals(
                        "no-store",
                        signedOut.headers().firstValue("Cache-Control").orElse(""),
                        path);
            } else {
                assertEquals(404, signedOut.statusCode(), path);
                assertOwnPage(signedOut, "Page not found", path);
            }
        }
    }

    @Test
    void pagesAnswerOnlyGetHeadAndPost() {
        WebClient coach = new WebClient().signIn("coach@demo.test", SignInScreen.DEMO_PASSWORD);
        for (String method : List.of("PUT", "DELETE", "OPTIONS")) {
            for (String path : List.of("coach/caseload.xhtml", "sign-in.xhtml")) {
                HttpResponse<String> response = coach.send(method, path);
                assertEquals(405, response.statusCode(), method + " " + path);
                assertEquals(
                        "GET, HEAD, POST",
                        response.headers().firstValue("Allow").orElse(""),
                        method);
                assertOwnPage(response, "Request refused", method + " " + path);
            }
        }
        assertEquals(200, coach.send("HEAD", "coach/caseload.xhtml").statusCode());
    }

    @Test
    void aFormSentFromAnotherSiteOrByGetChangesNothing() {
        WebClient coach = new WebClient().signIn("coach@demo.test", SignInScreen.DEMO_PASSWORD);
        Matcher link = Pattern.compile("coach/engagement\\.xhtml\\?id=(\\d+)")
                .matcher(coach.get("coach/caseload.xhtml").body());
        assertTrue(link.find(), "an engagement on the caseload");
        String page = "coach/engagement.xhtml?id=" + link.group(1);
        String before = coach.get(page).body();
        String goal = "Forged goal " + System.nanoTime();
        Map<String, String> fields = Map.of("goal:goalText", goal, "goal:baselineText", "Forged baseline");

        HttpResponse<String> foreign =
                coach.postFrom("http://evil.example", page, WebClient.form(before, "goal", "saveGoal", fields));
        assertEquals(403, foreign.statusCode());
        assertOwnPage(foreign, "Request refused", "POST from another site");
        String query = WebClient.query(WebClient.form(coach.get(page).body(), "goal", "saveGoal", fields));
        HttpResponse<String> byGet = coach.get(page + "&" + query);
        assertEquals(403, byGet.statusCode());
        assertOwnPage(byGet, "Request refused", "a postback by GET");
        assertFalse(coach.get(page).body().contains(goal), "the forged goal was not saved");

        String own = TestServer.baseUrl().replaceAll("/$", "");
        HttpResponse<String> fromOwnPage =
                coach.postFrom(own, page, WebClient.form(coach.get(page).body(), "goal", "saveGoal", fields));
        assertEquals(200, fromOwnPage.statusCode());
        assertTrue(coach.get(page).body().contains(goal), "the same form from the application's own page is saved");
        Matcher original = Pattern.compile("id=\"goal:goalText\"[^>]*>([^<]*)<").matcher(before);
        Matcher baseline =
                Pattern.compile("id=\"goal:baselineText\"[^>]*>([^<]*)<").matcher(before);
        assertTrue(original.find() && baseline.find(), "the goal as it was");
        coach.postFrom(
                own,
                page,
                WebClient.form(
                        coach.get(page).body(),
                        "goal",
                        "saveGoal",
                        Map.of(
                                "goal:goalText",
                                unescape(original.group(1)),
                                "goal:baselineText",
                                unescape(baseline.group(1)))));
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static void assertOwnPage(HttpResponse<String> response, String title, String what) {
        assertTrue(response.body().contains(title), what + ": not the application's page");
        assertFalse(response.body().contains("Payara"), what + ": the server's own error page");
        assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), what + ": one CSP header");
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""),
                what);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), what);
    }

    private static long lines() throws IOException {
        try (Stream<String> lines = Files.lines(LOG)) {
            return lines.count();
        }
    }
}
