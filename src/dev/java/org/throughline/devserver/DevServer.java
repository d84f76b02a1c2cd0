package org.throughline.devserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Starts Throughline on Payara Micro at http://localhost:8080/ — the README's run command.
 *
 * <p>With DB_URL set it uses that server and loads no demo data. Without it, it starts an embedded
 * MariaDB whose data lives in {@code .throughline/mariadb} (kept across restarts) and switches on demo
 * mode: demo accounts and demo records are loaded once.
 */
public final class DevServer {

    private static final Logger LOG = Logger.getLogger(DevServer.class.getName());

    private DevServer() {}

    public static void main(String[] args) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Map<String, String> env = new HashMap<>(System.getenv());
        EmbeddedDatabase embedded = null;
        if (isBlank(env.get("DB_URL"))) {
            embedded = EmbeddedDatabase.start(project.resolve(".throughline/mariadb"), RunnableJar.freePort());
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            embedded.ensureDatabase("throughline", "throughline", password);
            env.put("DB_URL", embedded.jdbcUrl("throughline"));
            env.put("DB_USER", "throughline");
            env.put("DB_PASSWORD", password);
            env.putIfAbsent("THROUGHLINE_DEMO", "true");
            if (isBlank(env.get("THROUGHLINE_CONTENT_KEYS")) && isBlank(env.get("THROUGHLINE_CONTENT_KEY_FILE"))) {
                env.put(
                        "THROUGHLINE_CONTENT_KEY_FILE",
                        demoKeyFile(project.resolve(".throughline/content.key")).toString());
            }
            if (isBlank(env.get("THROUGHLINE_AUDIT_KEY"))) {
                env.put("THROUGHLINE_AUDIT_KEY", demoAuditKey(project.resolve(".throughline/audit.key")));
            }
            LOG.info("No DB_URL set: demo mode on the embedded MariaDB in .throughline/mariadb");
        } else {
            env.putIfAbsent("THROUGHLINE_DEMO", "false");
        }

        Process payara = launch(project, env, "target/payara-root", null);
        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.destroy();
            try {
                payara.waitFor();
                if (database != null) {
                    database.close();
                }
            } catch (Exception e) {
                LOG.warning("Stopping: " + e);
            }
        }));
        System.exit(payara.waitFor());
    }

    /** Starts target/throughline.jar on {@code PORT} (default 8080), with this environment. */
    static Process launch(Path project, Map<String, String> env, String runtimeDir, java.io.File log)
            throws java.io.IOException {
        int port = Integer.parseInt(env.getOrDefault("PORT", "8080"));
        return RunnableJar.start(project, port, project.resolve(runtimeDir), env, log);
    }

    /**
     * The demo's own content key: made once, kept beside the demo database (both git-ignored), readable
     * by its owner only — the application refuses a key file that others may read.
     */
    private static Path demoKeyFile(Path file) throws java.io.IOException {
        var ownerOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(ownerOnly));
            Files.writeString(file, "demo1:" + java.util.Base64.getEncoder().encodeToString(key) + "\n");
            LOG.info("Made a content key for the demo in " + file);
        }
        Files.setPosixFilePermissions(file, ownerOnly); // a key made by an older version was 0644
        return file;
    }

    /** The demo's own audit key (Base64), made once beside the demo database like its content key. */
    private static String demoAuditKey(Path file) throws java.io.IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.createFile(
                    file,
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
            LOG.info("Made an audit key for the demo in " + file);
        }
        return Files.readString(file).strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
