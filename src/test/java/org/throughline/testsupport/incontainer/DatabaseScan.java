package org.throughline.testsupport.incontainer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.SealedColumn;

/** Looks for a marker string in every column of every table of the database, by JDBC. */
public final class DatabaseScan {

    private DatabaseScan() {}

    /** Every table.column whose stored value contains the marker as it is (clear text). */
    public static List<String> inClearText(DataSource database, String marker) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs =
                    connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            if (!tables.contains("coaching_session") || !tables.contains("client")) {
                throw new IllegalStateException("the scan does not see the application's tables: " + tables);
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM `" + table + "`")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            String value = rows.getString(c);
                            if (value != null && value.contains(marker)) {
                                found.add(table + "." + rows.getMetaData().getColumnName(c));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every sealed column whose value, opened with the application's keys, contains the marker. */
    public static List<String> inSealedColumns(DataSource database, ContentCipher cipher, String marker)
            throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            for (SealedColumn sealed : SealedColumn.values()) {
                try (ResultSet rows = statement.executeQuery("SELECT id, " + sealed.column() + " FROM " + sealed.table()
                        + " WHERE " + sealed.column() + " IS NOT NULL")) {
                    while (rows.next()) {
                        if (cipher.open(sealed, rows.getLong(1), rows.getString(2))
                                .contains(marker)) {
                            found.add(sealed.table() + "." + sealed.column() + " (sealed)");
                        }
                    }
                }
            }
        }
        return found;
    }
}
