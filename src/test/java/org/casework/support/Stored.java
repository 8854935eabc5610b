package org.casework.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * What the casework tables hold, to prove that a refused request stored nothing: per table of the schema but the
 * audit log (written for reads too), the log of refused requests (written for every refusal), the webhook sender's
 * queue and attempts (written in the background, whatever the requests do) and Flyway's history, the number of rows
 * and, where rows carry an optimistic lock, the sum of their versions, so an update shows as well as an insert or a
 * delete. One statement.
 */
public final class Stored {

    private static final Set<String> NOT_CASEWORK = Set.of("audit_event", "security_event", "flyway_schema_history",
            "webhook_delivery", "webhook_attempt");

    private Stored() {
    }

    /**
     * The snapshot again and again on one connection, for a test that takes thousands (the statement is then
     * prepared once, and planned once).
     */
    public static final class Watch implements AutoCloseable {

        private final Connection connection;
        private final java.sql.PreparedStatement statement;

        private Watch(Connection connection) throws SQLException {
            this.connection = connection;
            try (Statement plain = connection.createStatement()) {
                this.statement = connection.prepareStatement(snapshotStatement(plain));
            }
        }

        public Map<String, String> snapshot() {
            try (ResultSet rows = statement.executeQuery()) {
                return read(rows);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the casework tables", e);
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
            connection.close();
        }
    }

    public static Watch watch(DataSource dataSource) {
        try {
            return new Watch(dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the test database", e);
        }
    }

    /** {@code "person" -> "12 rows, versions 15"} for every casework table. */
    public static Map<String, String> snapshot(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(snapshotStatement(statement))) {
                return read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the casework tables", e);
        }
    }

    private static Map<String, String> read(ResultSet rows) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        while (rows.next()) {
            tables.put(rows.getString(1), rows.getLong(2) + " rows, versions " + rows.getLong(3));
        }
        return tables;
    }

    private static String snapshotStatement(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        Set<String> versioned = new HashSet<>();
        try (ResultSet rows = statement.executeQuery("select t.table_name, exists (select 1 from"
                + " information_schema.columns c where c.table_schema = t.table_schema and c.table_name = t.table_name"
                + " and c.column_name = 'version') from information_schema.tables t"
                + " where t.table_schema = current_schema() and t.table_type = 'BASE TABLE' order by t.table_name")) {
            while (rows.next()) {
                if (!NOT_CASEWORK.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                    if (rows.getBoolean(2)) {
                        versioned.add(rows.getString(1));
                    }
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no casework tables in the test database");
        }
        return String.join(" union all ", tables.stream().map(table -> "select '" + table + "', count(*), "
                + (versioned.contains(table) ? "coalesce(sum(version), 0)" : "0") + " from \"" + table + "\"")
                .toList());
    }
}
