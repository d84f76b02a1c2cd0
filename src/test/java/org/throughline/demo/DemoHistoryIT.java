package org.throughline.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.WebClient;

/**
 * The demo's history, written at start-up through the application's services as the demo accounts
 * (the black-box server runs in demo mode): the coach reads what was recorded and sees the
 * administrator's break-glass with its reason, and the supervisor has a reflection to review. (Its
 * audit entries are not checked here: the in-container audit tests share the database and remove the
 * oldest entries, which are the demo's.)
 */
class DemoHistoryIT {

    private static final String REASON = "Demo: the client raised a formal complaint about a session";

    private static final Pattern HANNAH = Pattern.compile("engagement\\.xhtml\\?id=(\\d+)\"[^>]*>Hannah Bergstr");

    @Test
    void theDemoHistoryIsThereForEachRole() {
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

        assertTrue(
                engagement.contains("Alex Morgan") && engagement.contains(REASON),
                "the coach sees the administrator's break-glass and its reason");
    }
}
