package org.throughline.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Checks the environment variables and the database before anything else starts. A missing or
 * malformed variable, or a database that does not accept the connection, stops the server with one
 * line per problem naming the variable and what is wrong, rather than leaving a server that answers
 * every request with "No Application deployed". It is EclipseLink's session customizer
 * (persistence.xml), because EclipseLink connects to the database while the application is being
 * deployed, before any of the application's own beans start.
 */
public class StartupSettings implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(StartupSettings.class.getName());

    @Override
    public void customize(Session session) {
        List<String> problems = problems(System.getenv());
        if (problems.isEmpty()) {
            databaseProblem().ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> LOG.severe("Throughline cannot start: " + problem));
            stopServer();
        }
    }

    /** Why the database of DB_URL refuses a connection, if it does. */
    private static Optional<String> databaseProblem() {
        try {
            DataSource database = (DataSource) new InitialContext().lookup("jdbc/throughline");
            try (Connection connection = database.getConnection()) {
                return Optional.empty();
            }
        } catch (NamingException e) {
            return Optional.of(
                    "the data source jdbc/throughline is not configured (server-config/post-boot-commands.asadmin)");
        } catch (SQLException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String reason =
                    String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            return Optional.of("the database at DB_URL does not accept a connection as DB_USER: " + reason);
        }
    }

    /** What is wrong with these variables; empty when they will do. */
    static List<String> problems(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String url = env.get("DB_URL");
        if (url == null || url.isBlank()) {
            problems.add("DB_URL is not set (a JDBC URL such as jdbc:mysql://db.example.org:3306/throughline)");
        } else if (!url.matches("jdbc:mysql://[^/\\s]+(/[^\\s]*)?")) {
            problems.add("DB_URL is not a MySQL JDBC URL: it must start with jdbc:mysql://host[:port]/");
        }
        if (env.get("DB_USER") == null || env.get("DB_USER").isBlank()) {
            problems.add("DB_USER is not set");
        }
        port(env, "SMTP_PORT", problems);
        String purgeTime = env.get("THROUGHLINE_PURGE_TIME");
        if (purgeTime != null) {
            try {
                LocalTime.parse(purgeTime);
            } catch (DateTimeParseException e) {
                problems.add("THROUGHLINE_PURGE_TIME is not a time of day as HH:mm: " + purgeTime);
            }
        }
        String zone = env.get("THROUGHLINE_TIMEZONE");
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.add("THROUGHLINE_TIMEZONE is not a time zone name such as Europe/Amsterdam: " + zone);
            }
        }
        String address = env.get("THROUGHLINE_HTTP_ADDRESS");
        if (address != null && !isAddressLiteral(address)) {
            problems.add("THROUGHLINE_HTTP_ADDRESS is not an IP address such as 127.0.0.1 or 0.0.0.0: " + address);
        }
        port(env, "THROUGHLINE_CLUSTER_PORT", problems);
        String sealSeconds = env.get("THROUGHLINE_AUDIT_SEAL_SECONDS");
        if (sealSeconds != null && !sealSeconds.strip().matches("[1-9]\\d{0,4}")) {
            problems.add("THROUGHLINE_AUDIT_SEAL_SECONDS is not a number of seconds from 1 to 99999: " + sealSeconds);
        }
        String gridAddress = env.get("THROUGHLINE_CLUSTER_ADDRESS");
        if (gridAddress != null && !isAddressLiteral(gridAddress)) {
            problems.add("THROUGHLINE_CLUSTER_ADDRESS is not an IP address such as 10.0.0.5: " + gridAddress);
        }
        String members = env.get("THROUGHLINE_CLUSTER_MEMBERS");
        if (members != null && !members.strip().matches(MEMBER + "(\\s*,\\s*" + MEMBER + ")*")) {
            problems.add("THROUGHLINE_CLUSTER_MEMBERS is not a list of host:port entries separated by commas,"
                    + " such as 10.0.0.5:6900,10.0.0.6:6900: " + members);
        }
        String name = env.get("THROUGHLINE_CLUSTER_NAME");
        if (name != null && !name.matches("[A-Za-z0-9._-]{1,64}")) {
            problems.add("THROUGHLINE_CLUSTER_NAME must be 1-64 letters, digits, dots, dashes or underscores: " + name);
        }
        String origins = env.get("THROUGHLINE_ORIGINS");
        if (origins != null && !origins.strip().matches(ORIGIN + "(\\s*,\\s*" + ORIGIN + ")*")) {
            problems.add("THROUGHLINE_ORIGINS is not a list of origins separated by commas, such as"
                    + " https://coaching.example.org: " + origins);
        }
        for (String count : List.of(
                "THROUGHLINE_SIGNIN_SLOW_AFTER", "THROUGHLINE_SIGNIN_REFUSE_AFTER", "THROUGHLINE_SIGNIN_DELAY_MS")) {
            String value = env.get(count);
            if (value != null && !value.strip().matches("[1-9]\\d{0,5}")) {
                problems.add(count + " is not a whole number from 1 to 999999: " + value);
            }
        }
        String metricsToken = env.get("THROUGHLINE_METRICS_TOKEN");
        if (metricsToken != null
                && !metricsToken.isBlank()
                && metricsToken.strip().length() < 32) {
            problems.add("THROUGHLINE_METRICS_TOKEN must be at least 32 characters (it is "
                    + metricsToken.strip().length() + ")");
        }
        return problems;
    }

    /** One web origin: scheme, host and optionally a port, nothing after it. */
    private static final String ORIGIN = "https?://[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}[A-Za-z0-9])?(?::\\d{1,5})?";

    /** One cluster member: a host name or IPv4 address, optionally with a port. */
    private static final String MEMBER =
            "[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}[A-Za-z0-9])?(?::(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3}))?";

    private static void port(Map<String, String> env, String name, List<String> problems) {
        String value = env.get(name);
        if (value == null) {
            return;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                problems.add(name + " is out of range (1-65535): " + value);
            }
        } catch (NumberFormatException e) {
            problems.add(name + " is not a port number: " + value);
        }
    }

    private static boolean isAddressLiteral(String value) {
        if (!value.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a host name would be looked up; only literals are taken
        }
        try {
            InetAddress.getByName(value);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Ends the server process, from another thread; the deployment under way waits for it, so that
     * the lines above are the last the log shows.
     */
    private static void stopServer() {
        Thread exit = new Thread(() -> System.exit(2), "throughline-startup-refusal");
        exit.start();
        try {
            exit.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("Throughline cannot start: see the lines above");
    }
}
