package org.throughline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Rows of one table written in batches of a thousand (the driver rewrites each batch as one INSERT). */
final class BatchInsert implements AutoCloseable {

    private static final int SIZE = 1000;

    private final PreparedStatement insert;
    private int waiting;
    private long written;

    BatchInsert(Connection db, String table, String... columns) throws SQLException {
        String placeholders = "?" + ",?".repeat(columns.length - 1);
        insert = db.prepareStatement(
                "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES (" + placeholders + ")");
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        insert.addBatch();
        if (++waiting == SIZE) {
            flush();
        }
    }

    long written() {
        return written + waiting;
    }

    private void flush() throws SQLException {
        if (waiting > 0) {
            insert.executeBatch();
            written += waiting;
            waiting = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        insert.close();
    }
}
