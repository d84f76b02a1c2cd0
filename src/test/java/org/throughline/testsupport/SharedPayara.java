package org.throughline.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.throughline.devserver.RunnableJar;

/**
 * The Arquillian container of the in-container tests: one {@code target/throughline.jar} for all of
 * them, started at the first deployment with the test WAR of {@link Deployments} beside the product,
 * and kept until the test run ends. Every in-container class deploys the same WAR (it holds all of
 * them), so the later "deployments" only hand back where it runs. One server start instead of one per
 * class lets test classes be small and named by behaviour.
 */
public class SharedPayara implements DeployableContainer<SharedPayara.Configuration> {

    /** Where the test WAR answers, below the product at /. */
    public static final String CONTEXT_ROOT = "incontainer";

    private static final Path LOG = Path.of("target/payara-incontainer.log").toAbsolutePath();
    private static final String STARTED_ON = "throughline.incontainer.port";
    private static Process process;

    @Override
    public Class<Configuration> getConfigurationClass() {
        return Configuration.class;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Servlet 5.0");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        synchronized (System.class) {
            // Remembered in a system property: Arquillian was seen to load this class again for a later
            // test class, and a second start would empty the running server's folder.
            String port = System.getProperty(STARTED_ON);
            if (port == null) {
                try {
                    port = String.valueOf(start(archive));
                } catch (IOException e) {
                    throw new DeploymentException("Could not start Payara Micro for the in-container tests", e);
                }
                System.setProperty(STARTED_ON, port);
            }
            return new ProtocolMetaData()
                    .addContext(new HTTPContext("127.0.0.1", Integer.parseInt(port))
                            .add(new Servlet("ArquillianServletRunnerEE9", "/" + CONTEXT_ROOT)));
        }
    }

    /** Starts the server with the test WAR and returns its port once the test runner answers. */
    private static int start(Archive<?> archive) throws IOException, DeploymentException {
        Path project = Path.of("").toAbsolutePath();
        File war =
                project.resolve("target/incontainer/" + CONTEXT_ROOT + ".war").toFile();
        Files.createDirectories(war.toPath().getParent());
        archive.as(ZipExporter.class).exportTo(war, true);
        int port = Integer.getInteger("arquillian.port", RunnableJar.freePort());
        // DB_*, THROUGHLINE_* and SMTP_* come from failsafe's environment. The audit sealer's timer is
        // slowed to an hour: the tests seal when they choose (AuditTrail.sealWaiting), so that no block is
        // sealed while one of them has tampered with the trail on purpose.
        process = RunnableJar.start(
                project,
                port,
                project.resolve("target/payara-incontainer"),
                Map.of("THROUGHLINE_AUDIT_SEAL_SECONDS", "3600"),
                LOG.toFile(),
                "--deploy",
                war.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(SharedPayara::stopServer));
        awaitRunner("http://127.0.0.1:" + port + "/" + CONTEXT_ROOT + "/ArquillianServletRunnerEE9");
        return port;
    }

    /** Waits until the test runner servlet answers (it answers 200 once the test WAR is deployed). */
    private static void awaitRunner(String runner) throws DeploymentException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new DeploymentException("Payara Micro ended while starting; see " + LOG);
            }
            try {
                int status = client.send(
                                HttpRequest.newBuilder(URI.create(runner + "?outputMode=serializedObject"))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeploymentException("Interrupted while waiting for Payara Micro");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeploymentException("Interrupted while waiting for Payara Micro");
            }
        }
        throw new DeploymentException("The in-container test WAR did not answer within 240 s; see " + LOG);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // the one deployment stays for the next test class; the server ends with the test run
    }

    private static synchronized void stopServer() {
        if (process != null) {
            RunnableJar.stop(process);
            process = null;
        }
    }

    /** Makes this the Arquillian container (registered in META-INF/services). */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.service(DeployableContainer.class, SharedPayara.class);
        }
    }

    /** No settings: everything comes from server-config/ (baked into the jar) and the environment. */
    public static class Configuration implements ContainerConfiguration {
        @Override
        public void validate() throws ConfigurationException {}
    }
}
