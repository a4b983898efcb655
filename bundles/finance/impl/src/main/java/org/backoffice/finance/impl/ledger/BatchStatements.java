package org.backoffice.finance.impl.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.PreparedStatements;

/**
 * The statements one posting writer transaction prepares on its connection, each prepared once per group and
 * closed with it (support {@link PreparedStatements}), and the binding of values to them. Not thread-safe: it lives on the writer thread.
 */
final class BatchStatements extends PreparedStatements {

    BatchStatements(Connection connection) {
        super(connection);
    }

    static void bind(PreparedStatement statement, int index, int type, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else if (value instanceof BigDecimal decimal) {
            setDecimal(statement, index, decimal);
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, UtcInstant.toTimestamp(instant));
        } else {
            statement.setObject(index, value, type);
        }
    }

    static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            // a stripped value such as 1E+2 has a negative scale, which a DECIMAL column does not take
            statement.setBigDecimal(index, value.scale() < 0 ? value.setScale(0) : value);
        }
    }

    static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("could not write " + what + ": " + e.getMessage(), e);
    }
}
