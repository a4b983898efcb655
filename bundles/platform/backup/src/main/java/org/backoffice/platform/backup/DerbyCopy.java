package org.backoffice.platform.backup;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Derby's side: the online backup of the live database ({@code SYSCS_BACKUP_DATABASE}, which waits for transactions
 * with unlogged operations and needs an absolute path: a relative one would be resolved against {@code user.dir}),
 * and booting a copy as a separate database ({@code createFrom=}) to check and count its tables.
 */
final class DerbyCopy {

    private DerbyCopy() {
    }

    /** The live database's name (its folder's name), from the connection URL. */
    static String databaseName(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        if (url == null || !url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
            throw new SQLException("not an embedded Derby database: " + url
                    + " (on PostgreSQL use pg_dump / pg_basebackup, see README)");
        }
        String path = url.substring("jdbc:derby:".length());
        int attributes = path.indexOf(';');
        path = attributes < 0 ? path : path.substring(0, attributes);
        return Path.of(path).getFileName().toString();
    }

    /** Backs the live database up into {@code target} (absolute), which then holds a folder named as the database. */
    static void backup(DataSource live, Path target) throws SQLException {
        try (Connection connection = live.getConnection();
                CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toAbsolutePath().toString());
            call.execute();
        }
    }

    /** What booting a copy found. */
    record Inspection(Map<String, Long> rows, List<String> damaged) {
    }

    /**
     * Boots the copy at {@code copy} as a new database in {@code scratch} (which must not exist), counts the rows of
     * every table and, when asked, checks every table and index with {@code SYSCS_CHECK_TABLE}; shuts it down again.
     */
    static Inspection inspect(Path copy, Path scratch, boolean checkTables) throws SQLException {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(scratch.toAbsolutePath().toString());
        source.setConnectionAttributes("createFrom=" + copy.toAbsolutePath());
        Map<String, Long> rows = new TreeMap<>();
        List<String> damaged = new ArrayList<>();
        try (Connection connection = source.getConnection()) {
            List<String[]> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t"
                            + " JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T'"
                            + " ORDER BY s.SCHEMANAME, t.TABLENAME")) {
                while (result.next()) {
                    tables.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            for (String[] table : tables) {
                String name = table[0] + "." + table[1];
                if (checkTables && !check(connection, table[0], table[1])) {
                    damaged.add(name);
                }
                try (Statement statement = connection.createStatement();
                        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM \"" + table[0] + "\".\""
                                + table[1] + "\"")) {
                    count.next();
                    rows.put(name, count.getLong(1));
                }
            }
        } finally {
            shutdown(scratch);
        }
        return new Inspection(rows, damaged);
    }

    private static boolean check(Connection connection, String schema, String table) {
        try (PreparedStatement check = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
            check.setString(1, schema);
            check.setString(2, table);
            try (ResultSet result = check.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private static void shutdown(Path scratch) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(scratch.toAbsolutePath().toString());
        source.setShutdownDatabase("shutdown");
        try {
            source.getConnection().close();
        } catch (SQLException e) {
            // 08006: shut down as asked; anything else: it was not booted
        }
    }
}
