package org.throughline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.testsupport.Deployments;

/**
 * The schema keeps the rules of the database high-availability set-ups the README names (MySQL Group
 * Replication / InnoDB Cluster, MariaDB Galera): every table is InnoDB and has a primary key.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(SchemaRulesIT.class);
    }

    @Resource(lookup = "jdbc/throughline")
    private DataSource database;

    @Test
    void everyTableIsInnoDbWithAPrimaryKey() throws SQLException {
        List<String> tables = names("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'");
        assertTrue(tables.size() > 20, "the migrated schema has its tables: " + tables);
        assertEquals(
                List.of(),
                names("SELECT CONCAT(table_name, ' ', engine) FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'"));
        assertEquals(
                List.of(),
                names("SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = DATABASE()"
                        + " AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM"
                        + " information_schema.table_constraints c WHERE c.table_schema = t.table_schema"
                        + " AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')"));
    }

    private List<String> names(String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }
}
