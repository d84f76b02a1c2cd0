package org.throughline.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.throughline.devserver.RunnableJar;

/**
 * The one running Throughline that every black-box test (HTTP and browser) talks to: the built
 * {@code target/throughline.jar}, as production runs it, started at the first request for it and stopped
 * when the test run ends. One server for all black-box test classes keeps the suite fast.
 */
public final class TestServer {

    private static final Path LOG = Path.of("target/payara-blackbox.log").toAbsolutePath();
    private static Process process;
    private static String baseUrl;
    private static String httpsBaseUrl;

    /** The token the monitoring system sends for /metrics (THROUGHLINE_METRICS_TOKEN of this server). */
    public static final String METRICS_TOKEN = "test-metrics-token-5f0c9a7e1b3d4c26a8e2";

    private static IllegalStateException failure;

    private TestServer() {}

    /**
     * The base address, such as {@code http://localhost:34567/}, starting the server if needed; or the
     * one named by the system property {@code throughline.baseUrl}.
     */
    public static synchronized String baseUrl() {
        String given = System.getProperty("throughline.baseUrl");
        if (given != null) {
            return given; // a server started elsewhere (the failover check's load balancer)
        }
        if (failure != null) {
            throw failure; // one failed start is enough: do not try again for every test
        }
        if (baseUrl == null) {
            try {
                start();
            } catch (IllegalStateException e) {
                failure = e;
                stop();
                throw e;
            }
        }
        return baseUrl;
    }

    /** The server's HTTPS address (Payara's self-signed certificate), such as {@code https://localhost:34568/}. */
    public static synchronized String httpsBaseUrl() {
        baseUrl();
        if (httpsBaseUrl == null) {
            throw new IllegalStateException(
                    "The server at throughline.baseUrl was started elsewhere: no HTTPS port known");
        }
        return httpsBaseUrl;
    }

    /** Starts Payara Micro on a free port; tries another port if the chosen one was taken meanwhile. */
    private static void start() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                int port = RunnableJar.freePort();
                int httpsPort = RunnableJar.freePort();
                launch(port, httpsPort);
                if (waitUntilReady("http://localhost:" + port + "/")) {
                    baseUrl = "http://localhost:" + port + "/";
                    httpsBaseUrl = "https://localhost:" + httpsPort + "/";
                    return;
                }
                stop();
            } catch (IOException e) {
                throw new IllegalStateException("Could not start Payara Micro for the black-box tests", e);
            }
        }
        throw new IllegalStateException("Payara Micro did not become ready; see target/payara-blackbox.log");
    }

    private static void launch(int port, int httpsPort) throws IOException {
        Path project = Path.of("").toAbsolutePath();
        // DB_*, THROUGHLINE_DEMO and the rest come from failsafe's environment
        // The audit sealer's timer is slowed to an hour, so that page tests can count a page's statements
        // without the sealer's in between (the failover check runs the sealer at its usual pace).
        process = RunnableJar.start(
                project,
                port,
                project.resolve("target/payara-blackbox"),
                // every black-box sign-in comes from this machine: the address throttle stays out of the way
                // (the in-container IdentityIT tests it)
                Map.of(
                        "THROUGHLINE_AUDIT_SEAL_SECONDS",
                        "3600",
                        "THROUGHLINE_METRICS_TOKEN",
                        METRICS_TOKEN,
                        "THROUGHLINE_SIGNIN_SLOW_AFTER",
                        "1000",
                        "THROUGHLINE_SIGNIN_REFUSE_AFTER",
                        "2000"),
                LOG.toFile(),
                "--sslport",
                String.valueOf(httpsPort));
        Runtime.getRuntime().addShutdownHook(new Thread(TestServer::stop));
    }

    /** True once /health/ready answers 200; false when the server ended or could not bind its port. */
    private static boolean waitUntilReady(String url) throws IOException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive() || Files.readString(LOG).contains("GrizzlyProxy is NULL")) {
                return false;
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(url + "health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static synchronized void stop() {
        if (process != null) {
            RunnableJar.stop(process);
            process = null;
            baseUrl = null;
            httpsBaseUrl = null;
        }
    }
}
