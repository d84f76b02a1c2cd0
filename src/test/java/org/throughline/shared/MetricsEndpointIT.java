package org.throughline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.throughline.testsupport.TestServer;

/**
 * The monitoring system's view of /metrics on the running server: over HTTPS with the configured token
 * it gets the metrics; without it, with a wrong one, or over plain HTTP it gets none.
 */
class MetricsEndpointIT {

    private record Answer(int status, String body, String challenge) {}

    @Test
    void theMonitoringSystemWithTheTokenReadsTheMetrics() throws Exception {
        Answer answer = https("Bearer " + TestServer.METRICS_TOKEN);
        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("# TYPE"), "Prometheus text expected");
        assertTrue(answer.body().contains("jvm_uptime"), "the JVM's base metrics expected");
    }

    @Test
    void withoutTheTokenOrWithAnotherOneThereAreNoMetrics() throws Exception {
        for (String authorization :
                new String[] {null, "Bearer not-the-token-at-all-but-long-enough", "Basic bXA6bXA="}) {
            Answer answer = https(authorization);
            assertEquals(401, answer.status(), String.valueOf(authorization));
            assertEquals("Bearer realm=\"metrics\"", answer.challenge());
            assertFalse(answer.body().contains("# TYPE"));
        }
    }

    @Test
    void overPlainHttpEvenTheTokenGetsNoMetrics() throws Exception {
        HttpURLConnection connection = (HttpURLConnection)
                URI.create(TestServer.baseUrl() + "metrics").toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setRequestProperty("Authorization", "Bearer " + TestServer.METRICS_TOKEN);
        Answer answer = read(connection);
        assertNotEquals(200, answer.status());
        assertFalse(answer.body().contains("# TYPE"));
    }

    private static Answer https(String authorization) throws IOException, GeneralSecurityException {
        HttpsURLConnection connection = (HttpsURLConnection)
                URI.create(TestServer.httpsBaseUrl() + "metrics").toURL().openConnection();
        // Payara's own self-signed certificate, on loopback
        connection.setSSLSocketFactory(trustingEveryCertificate().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> "localhost".equals(host));
        connection.setInstanceFollowRedirects(false);
        if (authorization != null) {
            connection.setRequestProperty("Authorization", authorization);
        }
        return read(connection);
    }

    private static Answer read(HttpURLConnection connection) throws IOException {
        int status = connection.getResponseCode();
        InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        return new Answer(status, body, connection.getHeaderField("WWW-Authenticate"));
    }

    private static SSLContext trustingEveryCertificate() throws GeneralSecurityException {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }
}
