package org.throughline.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    private static final String REASON = "Demo: the client raised a formal complaint about a session";

    private static final Pattern HANNAH = Pattern.compile("engagement\\.xhtml\\?id=(\\d+)\"[^>]*>Hannah Bergstr");

    @Test
    void theDemoHistoryIsReadableAndAudited() throws Exception {
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

        String counted = "SELECT COUNT(*) FROM audit_entry a JOIN account who ON who.id = a.actor_id"
                + " WHERE who.email = ? AND a.action = ? AND a.record_type = ? AND a.engagement_id = ?";
        try (Connection db = DriverManager.getConnection(
                        System.getProperty("test.db.url"),
                        System.getProperty("test.db.user"),
                        System.getProperty("test.db.password"));
                PreparedStatement entries = db.prepareStatement(counted);
                PreparedStatement withReason = db.prepareStatement(counted + " AND a.reason = '" + REASON + "'")) {
            assertTrue(
                    count(entries, "coach@demo.test", "CREATE", "SESSION", hannah.group(1)) >= 3,
                    "each of the three demo sessions has its audit entry, written as its coach");
            assertEquals(
                    1,
                    count(withReason, "admin@demo.test", "BREAK_GLASS", "ENGAGEMENT", hannah.group(1)),
                    "the break-glass has its audit entry with its reason, written as the administrator");
        }
    }

    private static long count(PreparedStatement query, String who, String action, String type, String engagement)
            throws Exception {
        query.setString(1, who);
        query.setString(2, action);
        query.setString(3, type);
        query.setLong(4, Long.parseLong(engagement));
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
