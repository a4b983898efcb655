package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Changes LOG_STOCK rows with single SQL statements on the connection of the caller's transaction, so the database
 * decides atomically whether enough stock is available: the statement that takes stock only matches the row while
 * {@code ON_HAND - RESERVED} covers the quantity, and holds the row lock until the transaction ends. Only portable
 * SQL with typed parameters (Derby and PostgreSQL alike).
 */
public final class StockRows {

    /** Prepares a statement on the transaction's connection, or hands out the one prepared before (owner closes). */
    @FunctionalInterface
    interface Statements {
        PreparedStatement prepare(String sql) throws SQLException;
    }

    private static final String INTEGRITY_VIOLATION_CLASS = "23";

    private final Connection connection;
    private final Statements statements;

    StockRows(Connection connection, Statements statements) {
        this.connection = connection;
        this.statements = statements;
    }

    /** Takes {@code quantity} from the row if that much is available; false (and nothing changed) otherwise. */
    boolean take(long productId, long locationId, BigDecimal quantity) throws SQLException {
        PreparedStatement update = statements.prepare("UPDATE LOG_STOCK SET ON_HAND = ON_HAND - ?"
                + " WHERE PRODUCT_ID = ? AND LOCATION_ID = ? AND ON_HAND - RESERVED >= ?");
        update.setBigDecimal(1, quantity);
        update.setLong(2, productId);
        update.setLong(3, locationId);
        update.setBigDecimal(4, quantity);
        return update.executeUpdate() == 1;
    }

    /**
     * Adds {@code quantity} to the row, creating it on the first receipt. A concurrent first receipt may insert the row
     * between our update and insert: the insert then fails on the primary key, is undone to a savepoint (PostgreSQL
     * would otherwise abort the whole transaction) and the update is repeated on the row that now exists.
     */
    void add(long productId, long locationId, BigDecimal quantity) throws SQLException {
        if (increase(productId, locationId, quantity)) {
            return;
        }
        Savepoint beforeInsert = connection.setSavepoint();
        try {
            PreparedStatement insert = statements.prepare(
                    "INSERT INTO LOG_STOCK (PRODUCT_ID, LOCATION_ID, ON_HAND, RESERVED) VALUES (?, ?, ?, ?)");
            insert.setLong(1, productId);
            insert.setLong(2, locationId);
            insert.setBigDecimal(3, quantity);
            insert.setBigDecimal(4, BigDecimal.ZERO);
            insert.executeUpdate();
            connection.releaseSavepoint(beforeInsert);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith(INTEGRITY_VIOLATION_CLASS)) {
                throw e;
            }
            connection.rollback(beforeInsert);
            if (!increase(productId, locationId, quantity)) {
                throw new SQLException("stock row of product " + productId + " at location " + locationId
                        + " neither updatable nor insertable", e);
            }
        }
    }

    /** What can be taken now: on hand minus reserved, zero when there is no row. */
    BigDecimal available(long productId, long locationId) throws SQLException {
        PreparedStatement select = statements.prepare(
                "SELECT ON_HAND - RESERVED FROM LOG_STOCK WHERE PRODUCT_ID = ? AND LOCATION_ID = ?");
        select.setLong(1, productId);
        select.setLong(2, locationId);
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getBigDecimal(1) : BigDecimal.ZERO;
        }
    }

    private boolean increase(long productId, long locationId, BigDecimal quantity) throws SQLException {
        PreparedStatement update = statements.prepare(
                "UPDATE LOG_STOCK SET ON_HAND = ON_HAND + ? WHERE PRODUCT_ID = ? AND LOCATION_ID = ?");
        update.setBigDecimal(1, quantity);
        update.setLong(2, productId);
        update.setLong(3, locationId);
        return update.executeUpdate() == 1;
    }
}
