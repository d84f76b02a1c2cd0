package org.throughline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.throughline.devserver.RunnableJar;

/**
 * The jar started with a database that refuses the connection ends by itself with exit code 2 and
 * one line that names the variable and the reason, instead of staying up without the application
 * (the deployment used to fail inside EclipseLink and Payara went on answering 404 "No Application
 * deployed").
 */
class StartRefusedIT {

    @Test
    void aDatabaseThatRefusesTheConnectionEndsTheStartWithOneLine() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        File log = project.resolve("target/payara-refused.log").toFile();
        int nothingListens = RunnableJar.freePort();
        Process server = RunnableJar.start(
                project,
                RunnableJar.freePort(),
                project.resolve("target/payara-refused"),
                Map.of("DB_URL", "jdbc:mysql://127.0.0.1:" + nothingListens + "/throughline"),
                log);
        boolean ended = server.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            RunnableJar.stop(server);
        }
        assertTrue(ended, "the server ended by itself; see " + log);
        assertEquals(2, server.exitValue());
        List<String> refusals = Files.readAllLines(log.toPath()).stream()
                .filter(line -> line.contains("Throughline cannot start:"))
                .toList();
        assertEquals(1, refusals.size(), "one line: " + refusals);
        assertTrue(
                refusals.get(0)
                        .endsWith("the database at DB_URL does not accept a connection as DB_USER: Connection refused"),
                refusals.get(0));
        assertFalse(Files.readString(log.toPath()).contains("EclipseLink-4002"), "no EclipseLink stack trace");
    }
}
