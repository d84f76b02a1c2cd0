package org.throughline.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.WebClient;

/**
 * The confidentiality rules over HTTP, with the demo accounts and a guessed engagement id: only the
 * engagement's coach, and an administrator after break-glass, get a page holding its notes.
 */
class ConfidentialityHttpIT {

    private static final Pattern ENGAGEMENT_LINK = Pattern.compile("coach/engagement\\.xhtml\\?id=(\\d+)");

    private static WebClient as(String email) {
        return new WebClient().signIn(email, SignInScreen.DEMO_PASSWORD);
    }

    @Test
    void onlyTheCoachAndAnAdministratorUnderBreakGlassSeeTheNotes() {
        WebClient author = as("coach@demo.test");
        Matcher link =
                ENGAGEMENT_LINK.matcher(author.get("coach/caseload.xhtml").body());
        assertTrue(link.find(), "the demo coach has an engagement");
        String id = link.group(1);
        String marker = "MARK" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> goal = new LinkedHashMap<>();
        goal.put("goal:goalText", marker + " goal");
        goal.put("goal:baselineText", marker + " baseline");
        author.submit("coach/engagement.xhtml?id=" + id, "goal", "saveGoal", goal);
        String coachPage = "coach/engagement.xhtml?id=" + id;
        String contentPage = "admin/engagement-content.xhtml?id=" + id;

        List<String> wrong = new ArrayList<>();
        expect(wrong, "author coach", author.get(coachPage), 200, marker, true);
        expect(wrong, "another coach", as("coach2@demo.test").get(coachPage), 404, marker, false);
        expect(wrong, "a coach who also supervises", as("lead@demo.test").get(coachPage), 404, marker, false);
        WebClient supervisor = as("supervisor@demo.test");
        expect(wrong, "supervisor", supervisor.get(coachPage), 404, marker, false);
        expect(wrong, "supervisor, own coaches page", supervisor.get("supervisor/coaches.xhtml"), 200, marker, false);
        expect(wrong, "anonymous", new WebClient().get(coachPage), 302, marker, false);
        expect(wrong, "anonymous, break-glass page", new WebClient().get(contentPage), 302, marker, false);

        WebClient admin = as("admin@demo.test");
        expect(
                wrong,
                "administrator, engagement page",
                admin.get("admin/engagement.xhtml?id=" + id),
                200,
                marker,
                false);
        HttpResponse<String> refused = admin.get(contentPage);
        expect(wrong, "administrator without break-glass", refused, 302, marker, false);
        assertTrue(refused.headers().firstValue("Location").orElse("").contains("admin/engagement.xhtml"));

        admin.submit(
                "admin/engagement.xhtml?id=" + id,
                "engagement",
                "openBreakGlass",
                Map.of("engagement:breakGlassReason", "Formal complaint received from the client, case 2027-031"));
        expect(wrong, "administrator with break-glass", admin.get(contentPage), 200, marker, true);
        expect(wrong, "coach, who sees the opening", author.get(coachPage), 200, "Formal complaint received", true);
        assertEquals(List.of(), wrong);
    }

    private static void expect(
            List<String> wrong, String who, HttpResponse<String> response, int status, String marker, boolean sees) {
        if (response.statusCode() != status || response.body().contains(marker) != sees) {
            wrong.add(who + ": expected " + status + (sees ? " with" : " without") + " the text, got "
                    + response.statusCode() + (response.body().contains(marker) ? " with" : " without") + " it");
        }
    }
}
