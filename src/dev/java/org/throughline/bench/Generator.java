package org.throughline.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The benchmark's data generator: an organization at full size (500 coaches, 20,000 engagements,
 * 300,000 sessions, 5,000,000 audit entries…) or a smaller one of the same shape, written into a
 * database of its own — never the demo's. {@code --scale} is 0.001 to 1. Without DB_URL it uses an
 * embedded MariaDB in {@code target/bench-org/mariadb}, one database per scale. The content is sealed, and
 * the audit entries hashed, by the application's own code, under keys kept in {@code target/bench-org/}.
 */
public final class Generator {

    private static final Logger LOG = Logger.getLogger(Generator.class.getName());

    private Generator() {}

    public static void main(String[] args) throws Exception {
        double scale = scale(args);
        try (BenchDatabase database = BenchDatabase.open(scale)) {
            String refusal = generate(database, scale);
            if (refusal != null) {
                LOG.severe(refusal);
                System.exit(2);
            }
        }
        System.exit(0); // ends the embedded database with the run (its shutdown hook)
    }

    /** Generates into the database unless it holds other data; returns why not, or null. */
    static String generate(BenchDatabase database, double scale) throws Exception {
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            String marker = marker(db);
            if (marker != null && marker.endsWith("(unfinished)")) {
                return "An earlier generation into " + database.describe() + " did not finish; drop that database"
                        + " (embedded: rm -rf target/bench-org) and generate again";
            }
            if (marker != null) {
                if (marker.equals(label(scale))) {
                    LOG.info("Already generated at scale " + marker + " in " + database.describe());
                    return null;
                }
                return "The database " + database.describe() + " holds an organization generated at scale " + marker
                        + ", not " + label(scale) + "; drop it (embedded: rm -rf target/bench-org) to generate again";
            }
            if (hasTable(db, "account") && count(db, "SELECT COUNT(*) FROM account") > 0) {
                return "The database " + database.describe() + " holds data the generator did not write ("
                        + count(db, "SELECT COUNT(*) FROM account") + " accounts); give it an empty database";
            }
        }
        Flyway.configure(Generator.class.getClassLoader())
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("CREATE TABLE generated_organization (scale VARCHAR(24) NOT NULL PRIMARY KEY,"
                        + " generated_at DATETIME(6) NOT NULL) ENGINE = InnoDB");
                statement.executeUpdate("INSERT INTO generated_organization VALUES ('" + label(scale)
                        + " (unfinished)', UTC_TIMESTAMP(6))");
                // rows refer to rows of later batches (sessions to engagements, …): checked as a whole by
                // the application's use, not row by row while loading
                statement.execute("SET foreign_key_checks = 0");
                statement.execute("SET unique_checks = 0");
            }
            new Organization(db, scale, BenchKeys.content(), LOG).write();
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("UPDATE generated_organization SET scale = '" + label(scale)
                        + "', generated_at = UTC_TIMESTAMP(6)");
            }
        }
        LOG.info(String.format(
                Locale.ROOT,
                "Generated scale %s in %.0f s into %s",
                label(scale),
                (System.nanoTime() - started) / 1e9,
                database.describe()));
        return null;
    }

    static double scale(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--scale")) {
                try {
                    double scale = Double.parseDouble(args[i + 1]);
                    if (scale >= 0.001 && scale <= 1) {
                        return scale;
                    }
                } catch (NumberFormatException e) {
                    // refused below
                }
                LOG.severe("--scale must be a number from 0.001 to 1, not " + args[i + 1]);
                System.exit(2);
            }
        }
        return 1;
    }

    /** The scale as it names the database and the results: 1, 0.01, 0.001. */
    static String label(double scale) {
        return java.math.BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString();
    }

    static Path benchDir() {
        return Path.of("target/bench-org").toAbsolutePath();
    }

    private static String marker(Connection db) throws SQLException {
        if (!hasTable(db, "generated_organization")) {
            return null;
        }
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT scale FROM generated_organization")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(db.getCatalog(), null, table, null)) {
            return tables.next();
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
