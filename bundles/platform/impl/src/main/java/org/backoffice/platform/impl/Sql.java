package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;

/** A few JDBC helpers so the stores read as SQL, not as plumbing. Instants are stored as UTC timestamps. */
final class Sql {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Rows per multi-row {@code INSERT ... VALUES (...), (...)}: one statement execution instead of one per row. */
    static final int ROWS_PER_INSERT = 50;

    /**
     * Inserts the rows with multi-row VALUES statements ({@code into} is {@code INSERT INTO T (A, B, ...)}, every
     * row has one value per column): Derby and PostgreSQL then open the table and its indexes once per
     * {@value #ROWS_PER_INSERT} rows, not once per row, which is most of the cost of writing thousands of audit records
     * or events in one transaction.
     */
    static void insert(Connection connection, String into, List<Object[]> rows) throws SQLException {
        PreparedStatement full = null;
        Calendar utc = utc();
        try {
            for (int start = 0; start < rows.size(); start += ROWS_PER_INSERT) {
                List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_INSERT));
                int columns = chunk.get(0).length;
                boolean isFull = chunk.size() == ROWS_PER_INSERT;
                PreparedStatement statement = isFull && full != null ? full
                        : connection.prepareStatement(into + " VALUES " + String.join(", ",
                                Collections.nCopies(chunk.size(), "(" + String.join(", ",
                                        Collections.nCopies(columns, "?")) + ")")));
                try {
                    int index = 1;
                    for (Object[] row : chunk) {
                        if (row.length != columns) {
                            throw new IllegalArgumentException("rows of " + columns + " and " + row.length + " values");
                        }
                        for (Object value : row) {
                            bind(statement, index++, value, utc);
                        }
                    }
                    statement.executeUpdate();
                } finally {
                    if (isFull) {
                        full = statement;
                    } else {
                        statement.close();
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
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

    static long queryLong(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Long> values = query(connection, sql, row -> row.getLong(1), parameters);
        if (values.isEmpty()) {
            throw new SQLException("no row for: " + sql);
        }
        return values.get(0);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column, utc());
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        Calendar utc = utc();
        for (int i = 0; i < parameters.length; i++) {
            bind(statement, i + 1, parameters[i], utc);
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
