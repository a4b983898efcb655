package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.backoffice.logistics.impl.stock.StockRows;

/**
 * Reservations on LOG_STOCK rows, with single conditional statements on the connection of the caller's transaction
 * (like {@link StockRows}): a reservation only grows while {@code ON_HAND - RESERVED} covers it, and the row stays
 * locked until the transaction ends, so concurrent confirmations can never reserve more than is on hand.
 */
final class ReservedStock {

    /** A location of the warehouse holding available stock of the product. */
    record Source(long locationId, String location, BigDecimal available) {
    }

    private final Connection connection;

    ReservedStock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Active locations of the warehouse with available stock of the product, oldest stock first: the location whose
     * first incoming move of the product (receipt, transfer or adjustment into it) has the lowest move id, ties and
     * locations without such a move by location id.
     */
    List<Source> sources(long productId, long warehouseId, String warehouse) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.LOCATION_ID, l.CODE, l.ACTIVE,"
                + " s.ON_HAND - s.RESERVED AS AVAILABLE,"
                + " (SELECT MIN(m.ID) FROM LOG_STOCK_MOVE m WHERE m.PRODUCT_ID = s.PRODUCT_ID"
                + " AND m.TO_WAREHOUSE = ? AND m.TO_LOCATION = l.CODE) AS FIRST_IN"
                + " FROM LOG_STOCK s JOIN LOG_LOCATION l ON l.ID = s.LOCATION_ID"
                + " WHERE s.PRODUCT_ID = ? AND l.WAREHOUSE_ID = ? AND s.ON_HAND - s.RESERVED > 0"
                + " ORDER BY FIRST_IN, s.LOCATION_ID")) {
            select.setString(1, warehouse);
            select.setLong(2, productId);
            select.setLong(3, warehouseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getBoolean(3)) {
                        sources.add(new Source(rows.getLong(1), rows.getString(2), rows.getBigDecimal(4)));
                    }
                }
            }
        }
        return sources;
    }

    /**
     * Reserves as much of {@code wanted} as the row has available, at most {@code wanted}; returns what was reserved
     * (zero when nothing is available). The first try takes {@code lastSeenAvailable} (what {@link #sources} read, or
     * null to read it now) as the available quantity, which saves a statement per line: the conditional update is the
     * check. A concurrent change between reading and reserving is retried with what is left, so the result is exact
     * and the row never goes below zero available.
     */
    BigDecimal reserveUpTo(long productId, long locationId, BigDecimal wanted, BigDecimal lastSeenAvailable)
            throws SQLException {
        for (int attempt = 0; attempt < 20; attempt++) {
            BigDecimal available = attempt == 0 && lastSeenAvailable != null ? lastSeenAvailable
                    : available(productId, locationId);
            BigDecimal take = wanted.min(available);
            if (take.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE LOG_STOCK"
                    + " SET RESERVED = RESERVED + ? WHERE PRODUCT_ID = ? AND LOCATION_ID = ?"
                    + " AND ON_HAND - RESERVED >= ?")) {
                update.setBigDecimal(1, take);
                update.setLong(2, productId);
                update.setLong(3, locationId);
                update.setBigDecimal(4, take);
                if (update.executeUpdate() == 1) {
                    return take;
                }
            }
        }
        return BigDecimal.ZERO; // the row kept changing under us: leave it to the backorder
    }

    /** Gives a reservation back; false when the row holds less reserved stock than that (a broken invariant). */
    boolean release(long productId, long locationId, BigDecimal quantity) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE LOG_STOCK"
                + " SET RESERVED = RESERVED - ? WHERE PRODUCT_ID = ? AND LOCATION_ID = ? AND RESERVED >= ?")) {
            update.setBigDecimal(1, quantity);
            update.setLong(2, productId);
            update.setLong(3, locationId);
            update.setBigDecimal(4, quantity);
            return update.executeUpdate() == 1;
        }
    }

    /** Issues reserved stock: on hand and reserved go down together, in one statement; false if not covered. */
    boolean issueReserved(long productId, long locationId, BigDecimal quantity) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE LOG_STOCK"
                + " SET ON_HAND = ON_HAND - ?, RESERVED = RESERVED - ? WHERE PRODUCT_ID = ? AND LOCATION_ID = ?"
                + " AND RESERVED >= ? AND ON_HAND >= ?")) {
            update.setBigDecimal(1, quantity);
            update.setBigDecimal(2, quantity);
            update.setLong(3, productId);
            update.setLong(4, locationId);
            update.setBigDecimal(5, quantity);
            update.setBigDecimal(6, quantity);
            return update.executeUpdate() == 1;
        }
    }

    private BigDecimal available(long productId, long locationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT ON_HAND - RESERVED FROM LOG_STOCK WHERE PRODUCT_ID = ? AND LOCATION_ID = ?")) {
            select.setLong(1, productId);
            select.setLong(2, locationId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getBigDecimal(1) : BigDecimal.ZERO;
            }
        }
    }
}
