package org.backoffice.platform.support.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Plain JDBC for the platform's own small tables (jobs, API keys, access log): portable SQL on the shared DataSource,
 * instants as UTC timestamps, and tables created when missing (Derby and PostgreSQL).
 */
public final class Jdbc {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Jdbc() {
    }

    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /** The query's rows from {@code offset}, at most {@code limit} (portable: skips in JDBC rather than OFFSET/FETCH). */
    public static <T> List<T> page(Connection connection, String sql, RowMapper<T> mapper, int offset, int limit,
            Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.setMaxRows(offset + limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                int index = 0;
                while (rows.next()) {
                    if (index++ >= offset) {
                        result.add(mapper.map(rows));
                    }
                }
                return result;
            }
        }
    }

    public static long queryLong(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Long> values = query(connection, sql, row -> row.getLong(1), parameters);
        if (values.isEmpty()) {
            throw new SQLException("no row for: " + sql);
        }
        return values.get(0);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column, utc());
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Creates each table that does not exist: {@code tables} holds the table name followed by its DDL statements. */
    public static void ensureTables(Connection connection, List<String[]> tables) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String[] table : tables) {
            if (!exists(metaData, table[0])) {
                try (Statement statement = connection.createStatement()) {
                    for (int i = 1; i < table.length; i++) {
                        statement.executeUpdate(table[i]);
                    }
                } catch (SQLException e) {
                    // another node or component created it meanwhile
                    if (!exists(connection.getMetaData(), table[0])) {
                        throw e;
                    }
                }
            }
        }
    }

    private static boolean exists(DatabaseMetaData metaData, String table) throws SQLException {
        // Derby reports unquoted names in upper case, PostgreSQL in lower case.
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            Calendar utc = utc();
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i], utc);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, int index, Object parameter, Calendar utc)
            throws SQLException {
        if (parameter == null) {
            // Derby needs the SQL type of a null; the driver knows it from the statement
            statement.setNull(index, statement.getParameterMetaData().getParameterType(index));
        } else if (parameter instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant), utc);
        } else {
            statement.setObject(index, parameter);
        }
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
