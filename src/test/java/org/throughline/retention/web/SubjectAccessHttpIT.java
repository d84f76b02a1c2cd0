package org.throughline.retention.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.WebClient;

/**
 * A subject access request through the client's page, as two administrators do it: a refused entry
 * shows its message on the page, one records it, the other approves it, and then the file downloads.
 */
class SubjectAccessHttpIT {

    private static final Pattern CLIENT_LINK = Pattern.compile("admin/client\\.xhtml\\?id=(\\d+)");

    @Test
    void oneAdministratorRecordsTheOtherApprovesThenTheFileDownloads() {
        WebClient admin = new WebClient().signIn("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        String page = clientWithoutWaitingRequest(admin);

        HttpResponse<String> refused = admin.submit(
                page,
                "subjectAccess",
                "record",
                Map.of(
                        "subjectAccess:reference", "",
                        "subjectAccess:receivedOn_input",
                                LocalDate.now().minusDays(2).toString(),
                        "subjectAccess:identityCheck", "Letter signed, passport seen"));
        assertEquals(200, refused.statusCode());
        assertTrue(
                refused.body().contains("Give the request a reference of at most 60 characters."),
                "the rule's message on the same page, not an error page");

        String reference = "SAR-http-" + System.nanoTime() % 100000;
        HttpResponse<String> recorded = admin.submit(
                page,
                "subjectAccess",
                "record",
                Map.of(
                        "subjectAccess:reference",
                        reference,
                        "subjectAccess:receivedOn_input",
                        LocalDate.now().minusDays(2).toString(),
                        "subjectAccess:identityCheck",
                        "Letter signed, passport seen"));
        assertTrue(recorded.body().contains("Request " + reference + " is recorded"), "recorded");
        assertTrue(admin.get(page).body().contains("Another administrator approves"), "not by the one who recorded it");

        WebClient privacy = new WebClient().signIn("privacy@demo.test", SignInScreen.DEMO_PASSWORD);
        HttpResponse<String> approved = privacy.submit(page, "subjectAccess", "requests:0:approve", Map.of());
        assertTrue(approved.body().contains("Request " + reference + " is approved"), "approved by the second");

        HttpResponse<String> file = privacy.submit(page, "subjectAccess", "requests:0:json", Map.of());
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(file.body().contains("\"reference\": \"" + reference + "\""), "the file names the request");
    }

    /** The page of a demo client with no request waiting, so that the form to record one is shown. */
    private static String clientWithoutWaitingRequest(WebClient admin) {
        Matcher link = CLIENT_LINK.matcher(admin.get("admin/clients.xhtml").body());
        List<String> pages = new ArrayList<>();
        while (link.find()) {
            pages.add("admin/client.xhtml?id=" + link.group(1));
        }
        for (String page : pages) {
            if (admin.get(page).body().contains("id=\"subjectAccess:record\"")) {
                return page;
            }
        }
        throw new AssertionError("no demo client without a waiting request among " + pages);
    }
}
