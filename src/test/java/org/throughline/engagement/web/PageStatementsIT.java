package org.throughline.engagement.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.TestServer;
import org.throughline.testsupport.WebClient;

/**
 * A page costs the same number of SQL statements however many rows it shows: the caseload of a coach
 * with 3 engagements and of one with 30. Counted with the database's own statement counter
 * ({@code Questions}) around each page load, the least of three loads (a connection check of the pool
 * can fall into one of them).
 */
class PageStatementsIT {

    private static final Logger LOG = Logger.getLogger(PageStatementsIT.class.getName());
    private static final int MOST = 10;

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("test.db.url"),
                System.getProperty("test.db.user"),
                System.getProperty("test.db.password"));
    }

    @Test
    void theCaseloadAndAnEngagementCostTheSameStatementsWithThreeAndWithThirtyEngagements() throws Exception {
        TestServer.baseUrl(); // the server first: it makes the schema and the demo data
        String three = coachWithCopiesOfTheDemoCaseload(1); // the demo coach has 3 open engagements
        String thirty = coachWithCopiesOfTheDemoCaseload(10);
        WebClient small = new WebClient().signIn(three, SignInScreen.DEMO_PASSWORD);
        WebClient large = new WebClient().signIn(thirty, SignInScreen.DEMO_PASSWORD);
        assertEquals(3, rows(small.get("coach/caseload.xhtml").body()));
        assertEquals(30, rows(large.get("coach/caseload.xhtml").body()));
        long forThree = statements(small, "coach/caseload.xhtml");
        long forThirty = statements(large, "coach/caseload.xhtml");
        assertEquals(forThree, forThirty, "statements for 3 and for 30 engagements");
        assertTrue(forThree <= MOST, forThree + " statements for one caseload load");
        String smallPage = "coach/engagement.xhtml?id="
                + firstEngagement(small.get("coach/caseload.xhtml").body());
        String largePage = "coach/engagement.xhtml?id="
                + firstEngagement(large.get("coach/caseload.xhtml").body());
        long engagementOfThree = statements(small, smallPage);
        long engagementOfThirty = statements(large, largePage);
        assertEquals(
                engagementOfThree, engagementOfThirty, "engagement page statements with 3 and with 30 engagements");
        assertTrue(engagementOfThree <= MOST, engagementOfThree + " statements for one engagement page load");
        LOG.info(() -> "Coach engagement page: " + engagementOfThree + " SQL statements per load with 3 and with 30");
        LOG.info(() -> "Caseload: " + forThree + " SQL statements per load with 3 and with 30 engagements");
    }

    private static String firstEngagement(String caseload) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("engagement\\.xhtml\\?id=(\\d+)")
                .matcher(caseload);
        assertTrue(link.find(), "the caseload links to its engagements");
        return link.group(1);
    }

    private static int rows(String page) {
        return page.split("id=\"caseload:\\d+:open\"", -1).length - 1;
    }

    /** The least number of statements the server sent for one load of the page, over three loads. */
    private static long statements(WebClient client, String page) throws SQLException {
        client.get(page); // warm
        long least = Long.MAX_VALUE;
        try (Connection connection = database();
                Statement statement = connection.createStatement()) {
            for (int i = 0; i < 3; i++) {
                long before = questions(statement);
                assertEquals(200, client.get(page).statusCode());
                long after = questions(statement);
                least = Math.min(least, after - before - 1); // the second SHOW STATUS counts itself
            }
        }
        return least;
    }

    private static long questions(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            row.next();
            return row.getLong(2);
        }
    }

    /**
     * A new coach (the demo coach's password) whose open engagements are {@code copies} copies of the
     * demo coach's, with their planned sessions; returns the e-mail.
     */
    private static String coachWithCopiesOfTheDemoCaseload(int copies) throws SQLException {
        String email = "statements-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.test";
        try (Connection connection = database();
                Statement statement = connection.createStatement()) {
            long sam = id(statement, "SELECT id FROM account WHERE email = 'coach@demo.test'");
            String accountColumns = columns(statement, "account", "id", "email", "display_name");
            statement.executeUpdate("INSERT INTO account (email, display_name, " + accountColumns + ") SELECT '" + email
                    + "', 'Statement Counter', " + accountColumns + " FROM account WHERE id = " + sam);
            long coach = id(statement, "SELECT id FROM account WHERE email = '" + email + "'");
            statement.executeUpdate("INSERT INTO account_role (account_id, role) SELECT " + coach
                    + ", role FROM account_role WHERE account_id = " + sam);
            String engagementColumns = columns(statement, "engagement", "id", "coach_id");
            // sealed values are bound to their row and would not open in a copy: the copies have none
            String copied = String.join(
                    ", ",
                    java.util.Arrays.stream(engagementColumns.split(", "))
                            .map(column -> column.endsWith("_sealed") ? "NULL" : column)
                            .toList());
            List<Long> originals = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT id FROM engagement WHERE coach_id = " + sam
                    + " AND status IN ('PLANNED', 'ACTIVE') ORDER BY id")) {
                while (rows.next()) {
                    originals.add(rows.getLong(1));
                }
            }
            assertEquals(3, originals.size(), "the demo coach's open engagements");
            for (int copy = 0; copy < copies; copy++) {
                for (long original : originals) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO engagement (coach_id, " + engagementColumns + ") SELECT ?, " + copied
                                    + " FROM engagement WHERE id = ?",
                            Statement.RETURN_GENERATED_KEYS)) {
                        insert.setLong(1, coach);
                        insert.setLong(2, original);
                        insert.executeUpdate();
                        try (ResultSet key = insert.getGeneratedKeys()) {
                            key.next();
                            statement.executeUpdate("INSERT INTO planned_session (engagement_id, number, planned_date)"
                                    + " SELECT " + key.getLong(1) + ", number, planned_date FROM planned_session"
                                    + " WHERE engagement_id = " + original);
                        }
                    }
                }
            }
        }
        return email;
    }

    private static long id(Statement statement, String query) throws SQLException {
        try (ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The table's columns but these, comma separated. */
    private static String columns(Statement statement, String table, String... except) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        names.removeAll(List.of(except));
        return String.join(", ", names);
    }
}
