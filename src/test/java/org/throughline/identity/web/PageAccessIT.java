package org.throughline.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.throughline.testsupport.WebClient;

/**
 * Over HTTP, every page of the role areas (found in the built WAR, so new pages are covered without
 * editing this test): anonymous requests go to sign-in; a signed-in user of another role gets "not
 * found"; responses carry the security headers.
 */
class PageAccessIT {

    private static final Map<String, String> AREA_OWNER =
            Map.of("admin", "admin@demo.test", "coach", "coach@demo.test", "supervisor", "supervisor@demo.test");

    private static List<String> pagesOf(String area) throws IOException {
        Path folder = Path.of("target/throughline", area);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> pages = files.map(p -> area + "/" + p.getFileName())
                    .filter(p -> p.endsWith(".xhtml"))
                    .sorted()
                    .toList();
            assertFalse(pages.isEmpty(), "no pages in " + folder);
            return pages;
        }
    }

    @Test
    void anonymousRequestsForEveryAreaPageAreSentToSignIn() throws IOException {
        WebClient anonymous = new WebClient();
        for (String area : AREA_OWNER.keySet()) {
            for (String page : pagesOf(area)) {
                HttpResponse<String> response = anonymous.get(page);
                assertEquals(302, response.statusCode(), page);
                assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/sign-in.xhtml"), page);
            }
        }
    }

    @Test
    void signedInUsersOfAnotherRoleGetNotFound() throws IOException {
        for (Map.Entry<String, String> user : AREA_OWNER.entrySet()) {
            WebClient client = new WebClient().signIn(user.getValue(), SignInScreen.DEMO_PASSWORD);
            for (String area : AREA_OWNER.keySet()) {
                for (String page : pagesOf(area)) {
                    HttpResponse<String> response = client.get(page);
                    if (area.equals(user.getKey())) {
                        // its own pages open, or (without the record they show) lead to the area's list
                        boolean opens = response.statusCode() == 200
                                || (response.statusCode() == 302
                                        && response.headers()
                                                .firstValue("Location")
                                                .orElse("")
                                                .contains("/" + area + "/"));
                        assertTrue(opens, user.getValue() + " opening " + page + ": " + response.statusCode());
                    } else {
                        assertEquals(404, response.statusCode(), user.getValue() + " opening " + page);
                    }
                }
            }
        }
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        WebClient anonymous = new WebClient();
        WebClient admin = new WebClient().signIn("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        for (String page : List.of("sign-in.xhtml", "admin/accounts.xhtml")) {
            HttpResponse<String> response = (page.startsWith("admin") ? admin : anonymous).get(page);
            assertEquals(200, response.statusCode(), page);
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), page + ": " + csp);
            assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), page + ": " + csp);
            assertFalse(csp.contains("script-src 'self' 'unsafe-inline'"), page + ": " + csp);
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    page);
            assertEquals(
                    "no-store", response.headers().firstValue("Cache-Control").orElse(""), page);
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), page);
            assertFalse(response.body().contains("<script>"), page + " has a script without nonce");
        }
    }

    @Test
    void aRoleChangeBetweenSignInAndTheFirstPageEndsTheSession() throws Exception {
        WebClient coach = new WebClient().signIn("coach2@demo.test", SignInScreen.DEMO_PASSWORD);
        // an administrator changes the account (roles, password reset, deactivation) before the first page
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                        System.getProperty("test.db.url"),
                        System.getProperty("test.db.user"),
                        System.getProperty("test.db.password"));
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE account SET session_stamp = session_stamp + 1 WHERE email = 'coach2@demo.test'");
        }
        HttpResponse<String> first = coach.get("coach/caseload.xhtml");
        assertEquals(302, first.statusCode());
        assertTrue(
                first.headers().firstValue("Location").orElse("").endsWith("/sign-in.xhtml?ended=true"),
                "the session that began before the change has ended");
    }

    @Test
    void healthReportsTheDatabase() {
        HttpResponse<String> ready = new WebClient().get("health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());
        assertEquals(200, new WebClient().get("health/live").statusCode());
    }

    @Test
    void anUnknownPageIsNotFoundWithoutDetails() {
        HttpResponse<String> response = new WebClient()
                .signIn("coach@demo.test", SignInScreen.DEMO_PASSWORD)
                .get("no-such-page.xhtml");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"));
    }

    @Test
    void aFormFromAnExpiredViewSendsTheUserBackWithAMessage() {
        WebClient admin = new WebClient().signIn("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        HttpResponse<String> response = admin.post(
                "admin/programs.xhtml",
                Map.of("programs", "programs", "programs:new", "", "jakarta.faces.ViewState", "-123:456"));
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/admin/programs.xhtml"), location);
        HttpResponse<String> page = admin.get("admin/programs.xhtml");
        assertTrue(page.body().contains("This page had been open too long"), "message after the redirect");
    }
}
