package org.throughline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupSettingsTest {

    private static Map<String, String> valid() {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", "jdbc:mysql://db.example.org:3306/throughline?sslMode=REQUIRED");
        env.put("DB_USER", "throughline");
        return env;
    }

    private static String onlyProblem(Map<String, String> env) {
        List<String> problems = StartupSettings.problems(env);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void theDocumentedVariablesPass() {
        Map<String, String> env = valid();
        env.put("SMTP_PORT", "587");
        env.put("THROUGHLINE_PURGE_TIME", "02:30");
        env.put("THROUGHLINE_TIMEZONE", "Europe/Amsterdam");
        env.put("THROUGHLINE_HTTP_ADDRESS", "127.0.0.1");
        env.put("THROUGHLINE_CLUSTER_ADDRESS", "10.0.0.5");
        env.put("THROUGHLINE_CLUSTER_PORT", "6900");
        env.put("THROUGHLINE_CLUSTER_MEMBERS", "10.0.0.5:6900, app-2.example.org:6900,10.0.0.7");
        env.put("THROUGHLINE_CLUSTER_NAME", "throughline-prod");
        assertEquals(List.of(), StartupSettings.problems(env));
    }

    @Test
    void aClusterMemberListThatDoesNotParseIsNamed() {
        for (String members : List.of("10.0.0.5:6900;10.0.0.6:6900", "10.0.0.5:70000", "10.0.0.5:", ",", "host name")) {
            Map<String, String> env = valid();
            env.put("THROUGHLINE_CLUSTER_MEMBERS", members);
            assertTrue(onlyProblem(env).startsWith("THROUGHLINE_CLUSTER_MEMBERS is not a list"), members);
        }
        Map<String, String> env = valid();
        env.put("THROUGHLINE_CLUSTER_PORT", "0");
        env.put("THROUGHLINE_CLUSTER_ADDRESS", "grid.example.org");
        env.put("THROUGHLINE_CLUSTER_NAME", "my cluster");
        List<String> problems = StartupSettings.problems(env);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("THROUGHLINE_CLUSTER_PORT is out of range"), problems.get(0));
        assertTrue(problems.get(1).startsWith("THROUGHLINE_CLUSTER_ADDRESS is not an IP address"), problems.get(1));
        assertTrue(problems.get(2).startsWith("THROUGHLINE_CLUSTER_NAME must be"), problems.get(2));
    }

    @Test
    void aMissingDatabaseUrlIsNamed() {
        Map<String, String> env = valid();
        env.remove("DB_URL");
        assertTrue(onlyProblem(env).startsWith("DB_URL is not set"));
    }

    @Test
    void aDatabaseUrlThatIsNoJdbcUrlIsNamed() {
        for (String url : List.of("db.example.org:3306/throughline", "jdbc:postgresql://db/x", "mysql://db/x")) {
            Map<String, String> env = valid();
            env.put("DB_URL", url);
            assertTrue(onlyProblem(env).startsWith("DB_URL is not a MySQL JDBC URL"), url);
        }
    }

    @Test
    void aPortOutOfRangeOrNotANumberIsNamed() {
        Map<String, String> env = valid();
        env.put("SMTP_PORT", "70000");
        assertTrue(onlyProblem(env).startsWith("SMTP_PORT is out of range"));
        env.put("SMTP_PORT", "twenty-five");
        assertTrue(onlyProblem(env).startsWith("SMTP_PORT is not a port number"));
    }

    @Test
    void aMalformedTimeZoneOrAddressIsNamed() {
        Map<String, String> env = valid();
        env.put("THROUGHLINE_TIMEZONE", "Mars/Olympus");
        assertTrue(onlyProblem(env).startsWith("THROUGHLINE_TIMEZONE"));
        env.remove("THROUGHLINE_TIMEZONE");
        env.put("THROUGHLINE_HTTP_ADDRESS", "everywhere");
        assertTrue(onlyProblem(env).startsWith("THROUGHLINE_HTTP_ADDRESS"));
        env.put("THROUGHLINE_HTTP_ADDRESS", "300.1.1.1");
        assertTrue(onlyProblem(env).startsWith("THROUGHLINE_HTTP_ADDRESS"));
    }

    @Test
    void originsThatAreNotOriginsAreNamed() {
        Map<String, String> env = valid();
        env.put("THROUGHLINE_ORIGINS", "https://coaching.example.org, http://10.0.0.5:8080");
        assertTrue(StartupSettings.problems(env).isEmpty());
        for (String wrong : List.of("coaching.example.org", "https://coaching.example.org/", "ftp://x.org")) {
            env.put("THROUGHLINE_ORIGINS", wrong);
            assertTrue(onlyProblem(env).startsWith("THROUGHLINE_ORIGINS is not a list of origins"), wrong);
        }
    }

    @Test
    void aShortMetricsTokenIsNamed() {
        Map<String, String> env = valid();
        env.put("THROUGHLINE_METRICS_TOKEN", "letmein");
        assertEquals("THROUGHLINE_METRICS_TOKEN must be at least 32 characters (it is 7)", onlyProblem(env));
        env.put("THROUGHLINE_METRICS_TOKEN", "k3Q9".repeat(8));
        assertTrue(StartupSettings.problems(env).isEmpty());
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Map<String, String> env = new HashMap<>();
        env.put("THROUGHLINE_PURGE_TIME", "half past two");
        assertEquals(3, StartupSettings.problems(env).size()); // DB_URL, DB_USER, purge time
    }
}
