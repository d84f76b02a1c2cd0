package org.throughline.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * An Arquillian extension: after a deployment, waits until the application answers (its health is
 * ready and the test runner servlet answers a request with 200) before the first in-container test is
 * sent. Arquillian's servlet protocol gives up after one second of non-200 answers ("No result
 * returned"), which a slow first start can exceed.
 */
public class WaitForDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Waiter.class);
    }

    /** Observes deployments and polls the deployed application. */
    public static class Waiter {

        @Inject
        private Instance<ProtocolMetaData> metaData;

        public void afterDeploy(@Observes AfterDeploy event) throws InterruptedException {
            ProtocolMetaData protocol = metaData.get();
            if (protocol == null || !protocol.hasContext(HTTPContext.class)) {
                return;
            }
            HTTPContext context =
                    protocol.getContexts(HTTPContext.class).iterator().next();
            String base = "http://" + context.getHost() + ":" + context.getPort();
            String runner = context.getServlets().isEmpty()
                    ? base + "/health/ready"
                    : context.getServlets()
                            .get(0)
                            .getBaseURI()
                            .resolve("ArquillianServletRunnerEE9")
                            .toString();
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                // the runner answers a request without a test class with a serialized failure and 200
                // once the application serves requests; before that it answers 404 or 503
                if (answers(client, base + "/health/ready", true)
                        && answers(
                                client,
                                runner + (context.getServlets().isEmpty() ? "" : "?outputMode=serializedObject"),
                                true)) {
                    return;
                }
                Thread.sleep(500);
            }
            System.err.println("WaitForDeployment: " + runner + " did not answer 200 within 90 s; last answers: health "
                    + describe(client, base + "/health/ready") + ", runner "
                    + describe(client, runner + "?outputMode=serializedObject") + "; listening on that port: "
                    + listeners(context.getPort()));
        }

        /** What the machine says is listening on the port (ss), to tell a bind failure from a dead server. */
        private static String listeners(int port) {
            try {
                Process ss = new ProcessBuilder("ss", "-ltnp", "sport = :" + port)
                        .redirectErrorStream(true)
                        .start();
                String out = new String(ss.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                ss.waitFor();
                return out.replace('\n', ' ');
            } catch (IOException | InterruptedException e) {
                return e.toString();
            }
        }

        /** The status (and the start of the body) or the error an address answers with, for the log. */
        private static String describe(HttpClient client, String url) throws InterruptedException {
            try {
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                String body = answer.body();
                return answer.statusCode() + " "
                        + body.substring(0, Math.min(200, body.length())).replace('\n', ' ');
            } catch (IOException e) {
                return e.toString();
            }
        }

        /** True when the address answers: with 200 when {@code mustBeOk}, else with anything but 404. */
        private static boolean answers(HttpClient client, String url, boolean mustBeOk) throws InterruptedException {
            try {
                int status = client.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                return mustBeOk ? status == 200 : status != 404;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
