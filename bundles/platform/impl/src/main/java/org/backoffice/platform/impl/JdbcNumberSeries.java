package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.backoffice.platform.api.numbers.LockedSeries;
import org.backoffice.platform.api.numbers.NumberSeries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Number series in PLT_NUMBER_SERIES, one row per prefix and fiscal year, written through the caller's connection so
 * that the row lock and the increment end with the caller's transaction.
 */
@Component(service = NumberSeries.class)
public final class JdbcNumberSeries implements NumberSeries {

    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    private static final String INTEGRITY_VIOLATION_CLASS = "23";

    private final DataSource dataSource;
    private final PlatformSchema schema;

    @Activate
    public JdbcNumberSeries(@Reference(target = PlatformDataSource.TARGET) DataSource dataSource) {
        this.dataSource = dataSource;
        this.schema = new PlatformSchema(dataSource);
    }

    @Override
    public long reserve(EntityManager transaction, String prefix, int fiscalYear, int count) {
        check(prefix, fiscalYear);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        Connection connection = CallerTransaction.connectionOf(transaction);
        try {
            schema.ensure();
            lockRow(connection, prefix, fiscalYear, count);
            return read(connection, prefix, fiscalYear) - count + 1;
        } catch (SQLException e) {
            throw new IllegalStateException("number series " + prefix + "-" + fiscalYear + ": " + e.getMessage(), e);
        }
    }

    @Override
    public LockedSeries lock(EntityManager transaction, String prefix, int fiscalYear) {
        check(prefix, fiscalYear);
        Connection connection = CallerTransaction.connectionOf(transaction);
        try {
            schema.ensure();
            lockRow(connection, prefix, fiscalYear, 0);
            return new Locked(connection, prefix, fiscalYear, read(connection, prefix, fiscalYear));
        } catch (SQLException e) {
            throw new IllegalStateException("number series " + prefix + "-" + fiscalYear + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long last(String prefix, int fiscalYear) {
        try (Connection connection = dataSource.getConnection()) {
            schema.ensure();
            return Sql.queryLong(connection, "SELECT COALESCE(MAX(LAST_NUMBER), 0) FROM PLT_NUMBER_SERIES"
                    + " WHERE PREFIX = ? AND FISCAL_YEAR = ?", prefix, fiscalYear);
        } catch (SQLException e) {
            throw new IllegalStateException("number series " + prefix + "-" + fiscalYear + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void continueAfter(String prefix, int fiscalYear, long lastIssued) {
        check(prefix, fiscalYear);
        try (Connection connection = dataSource.getConnection()) {
            schema.ensure();
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                lockRow(connection, prefix, fiscalYear, 0);
                Sql.update(connection, "UPDATE PLT_NUMBER_SERIES SET LAST_NUMBER = ? WHERE PREFIX = ?"
                        + " AND FISCAL_YEAR = ? AND LAST_NUMBER < ?", lastIssued, prefix, fiscalYear, lastIssued);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("number series " + prefix + "-" + fiscalYear + ": " + e.getMessage(), e);
        }
    }

    /** Adds {@code count} to the row (0 only locks it), creating the row at 0 first when the series is new. */
    private static void lockRow(Connection connection, String prefix, int fiscalYear, int count) throws SQLException {
        String increment = "UPDATE PLT_NUMBER_SERIES SET LAST_NUMBER = LAST_NUMBER + ? WHERE PREFIX = ?"
                + " AND FISCAL_YEAR = ?";
        if (Sql.update(connection, increment, count, prefix, fiscalYear) == 1) {
            return;
        }
        Savepoint beforeInsert = connection.setSavepoint();
        try {
            Sql.update(connection, "INSERT INTO PLT_NUMBER_SERIES (PREFIX, FISCAL_YEAR, LAST_NUMBER) VALUES (?, ?, ?)",
                    prefix, fiscalYear, count);
            connection.releaseSavepoint(beforeInsert);
        } catch (SQLException e) {
            // the first document of a concurrent transaction created the row first (PostgreSQL needs the savepoint)
            if (e.getSQLState() == null || !e.getSQLState().startsWith(INTEGRITY_VIOLATION_CLASS)) {
                throw e;
            }
            connection.rollback(beforeInsert);
            if (Sql.update(connection, increment, count, prefix, fiscalYear) != 1) {
                throw new SQLException("series row neither updatable nor insertable", e);
            }
        }
    }

    private static long read(Connection connection, String prefix, int fiscalYear) throws SQLException {
        return Sql.queryLong(connection, "SELECT LAST_NUMBER FROM PLT_NUMBER_SERIES WHERE PREFIX = ?"
                + " AND FISCAL_YEAR = ?", prefix, fiscalYear);
    }

    private static void check(String prefix, int fiscalYear) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a series prefix is 1 to 20 capital letters, digits or _: " + prefix);
        }
        if (fiscalYear < 1900 || fiscalYear > 9999) {
            throw new IllegalArgumentException("fiscal year out of range: " + fiscalYear);
        }
    }

    /** The row stays locked by the caller's transaction; numbers are counted here and stored once. */
    private static final class Locked implements LockedSeries {

        private final Connection connection;
        private final String prefix;
        private final int fiscalYear;
        private long last;
        private long stored;

        Locked(Connection connection, String prefix, int fiscalYear, long last) {
            this.connection = connection;
            this.prefix = prefix;
            this.fiscalYear = fiscalYear;
            this.last = last;
            this.stored = last;
        }

        @Override
        public long next() {
            return ++last;
        }

        @Override
        public void store() {
            if (last == stored) {
                return;
            }
            try {
                Sql.update(connection, "UPDATE PLT_NUMBER_SERIES SET LAST_NUMBER = ? WHERE PREFIX = ?"
                        + " AND FISCAL_YEAR = ?", last, prefix, fiscalYear);
                stored = last;
            } catch (SQLException e) {
                throw new IllegalStateException("number series " + prefix + "-" + fiscalYear + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
