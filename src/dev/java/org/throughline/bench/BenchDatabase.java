package org.throughline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.throughline.devserver.EmbeddedDatabase;
import org.throughline.devserver.RunnableJar;

/**
 * The benchmark's database: the server of DB_URL, DB_USER and DB_PASSWORD when DB_URL is set, or else
 * an embedded MariaDB in {@code target/bench-org/mariadb} with one database per scale ({@code bench_0_01},
 * {@code bench_1}), never the demo's.
 */
record BenchDatabase(String url, String user, String password, EmbeddedDatabase embedded) implements AutoCloseable {

    static final String USER = "bench";
    static final String PASSWORD = "bench-database-7Qe";

    /** The embedded server, started once for the whole run (every scale) and stopped when the run ends. */
    private static EmbeddedDatabase server;

    static BenchDatabase open(double scale) throws Exception {
        return open(scale, "bench_", false);
    }

    /**
     * The database of {@code prefix} and the scale; with {@code fresh}, an embedded one is dropped and
     * made again first (the purge benchmark's, which a run leaves purged).
     */
    static BenchDatabase open(double scale, String prefix, boolean fresh) throws Exception {
        String url = System.getenv("DB_URL");
        if (url != null && !url.isBlank()) {
            return new BenchDatabase(batched(url), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"), null);
        }
        EmbeddedDatabase embedded = server();
        String database = prefix + Generator.label(scale).replace('.', '_');
        if (fresh) {
            embedded.dropDatabase(database);
        }
        embedded.ensureDatabase(database, USER, PASSWORD);
        return new BenchDatabase(batched(embedded.jdbcUrl(database)), USER, PASSWORD, embedded);
    }

    /** The URL for the application: as given, without the generator's batching setting. */
    String applicationUrl() {
        return url.replace("&rewriteBatchedStatements=true", "").replace("?rewriteBatchedStatements=true", "");
    }

    String describe() {
        return url.replaceAll("\\?.*", "");
    }

    private static synchronized EmbeddedDatabase server() throws Exception {
        if (server == null) {
            Path home = Generator.benchDir().resolve("mariadb");
            Path portFile = home.resolve("port");
            int port = Files.exists(portFile)
                    ? Integer.parseInt(Files.readString(portFile).strip())
                    : RunnableJar.freePort();
            // a buffer pool that holds the full-scale organization's indexes, as a production server's would
            server = EmbeddedDatabase.start(home, port, "--innodb-buffer-pool-size=2G");
            Files.writeString(portFile, String.valueOf(port));
            EmbeddedDatabase started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception e) {
                    // the run is over
                }
            }));
        }
        return server;
    }

    private static String batched(String url) {
        return url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    }

    /** Nothing to do: the embedded server serves every scale of the run and stops with it. */
    @Override
    public void close() {}
}
