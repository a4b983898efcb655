package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A product's available quantity (on hand minus reserved) over all locations of one warehouse. */
final class WarehouseStock {

    private WarehouseStock() {
    }

    static BigDecimal available(Connection connection, long productId, long warehouseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT SUM(S.ON_HAND - S.RESERVED)"
                + " FROM LOG_STOCK S WHERE S.PRODUCT_ID = ? AND S.LOCATION_ID IN"
                + " (SELECT L.ID FROM LOG_LOCATION L WHERE L.WAREHOUSE_ID = ?)")) {
            select.setLong(1, productId);
            select.setLong(2, warehouseId);
            try (ResultSet rows = select.executeQuery()) {
                BigDecimal sum = rows.next() ? rows.getBigDecimal(1) : null;
                return sum == null ? BigDecimal.ZERO : sum;
            }
        }
    }
}
