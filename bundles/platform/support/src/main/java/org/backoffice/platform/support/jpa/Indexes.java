package org.backoffice.platform.support.jpa;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;

/**
 * Indexes added to tables after their first release. EclipseLink's {@code create-or-extend-tables} adds the columns of
 * an entity to an existing table but not its new indexes, so a database created by an earlier version gets them
 * here, on first use (finance's dunning fees, HR's leave ledger). Goes when versioned migrations own the schema.
 */
public final class Indexes {

    private Indexes() {
    }

    /** Creates {@code index} on {@code table (columns)} unless the table has an index of that name. */
    public static void ensure(EntityManager em, String table, String index, String columns) {
        Connection connection = em.unwrap(Connection.class);
        try {
            if (!exists(connection.getMetaData(), table, index)) {
                try (Statement ddl = connection.createStatement()) {
                    ddl.executeUpdate("CREATE INDEX " + index + " ON " + table + " (" + columns + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create index " + index + " on " + table + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean exists(DatabaseMetaData metaData, String table, String index) throws SQLException {
        // Derby reports unquoted names in upper case, PostgreSQL in lower case
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet indexes = metaData.getIndexInfo(null, null, name, false, true)) {
                while (indexes.next()) {
                    if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
