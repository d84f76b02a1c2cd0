package org.throughline.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.WebClient;

/**
 * The demo's history, written at start-up through the application's services as the demo accounts
 * (the black-box server runs in demo mode): the coach reads what was recorded, the supervisor has a
 * reflection to review, and the audit trail shows each record written by its author and the
 * administrator's break-glass with its reason, as for real work.
 */
class DemoHistoryIT {

    private static final Pattern HANNAH = Pattern.compile("engagement\\.xhtml\\?id=(\\d+)\"[^>]*>Hannah Bergstr");

    @Test
    void theDemoHistoryIsReadableAndAudited() {
        WebClient sam = new WebClient().signIn("coach@demo.test", SignInScreen.DEMO_PASSWORD);
        Matcher hannah = HANNAH.matcher(sam.get("coach/caseload.xhtml").body());
        assertTrue(hannah.find(), "Hannah Bergström is on the demo coach's caseload");
        String engagement =
                sam.get("coach/engagement.xhtml?id=" + hannah.group(1)).body();
        assertTrue(engagement.contains("Closing discussions with a decision"), "session 2's focus, opened");
        assertTrue(engagement.contains("Run the whole weekly meeting with a decision log"), "session 2's action");

        String queue = new WebClient()
                .signIn("supervisor@demo.test", SignInScreen.DEMO_PASSWORD)
                .get("supervisor/queue.xhtml")
                .body();
        assertTrue(queue.contains("Sam Okafor") && queue.contains("C-0142"), "a shared reflection waits for review");

        WebClient admin = new WebClient().signIn("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        String breakGlass = admin.submit(
                        "admin/audit.xhtml",
                        "audit",
                        "filter",
                        java.util.Map.of(
                                "audit:action_input", "BREAK_GLASS", "audit:engagement_hinput", hannah.group(1)))
                .body();
        assertTrue(
                breakGlass.contains("Demo: the client raised a formal complaint about a session"),
                "the break-glass and its reason are in the audit trail");
        String sessions = admin.submit(
                        "admin/audit.xhtml",
                        "audit",
                        "filter",
                        java.util.Map.of(
                                "audit:action_input", "CREATE",
                                "audit:type_input", "SESSION",
                                "audit:engagement_hinput", hannah.group(1)))
                .body();
        Matcher created = Pattern.compile("Sam Okafor.{0,400}?Created.{0,400}?Session note", Pattern.DOTALL)
                .matcher(sessions);
        int entries = 0;
        while (created.find()) {
            entries++;
        }
        assertTrue(entries >= 3, "each of the three demo sessions has its entry, written by its coach: " + entries);
    }
}
