package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.stock.StockMoveEntity.Place;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.event.NewEvent;

/**
 * What a stock move must respect and announce beyond the stock rows, inside the move's transaction: no move into or
 * out of a location with an OPEN cycle count, and {@code LOW_STOCK} when the move takes the product's available
 * quantity in a warehouse with a reorder rule from at least the minimum to below it.
 *
 * <p>Before the stock rows change, the reorder rules of the touched warehouses are locked (in warehouse-code order),
 * so moves of one product in one warehouse with a rule measure "before" and "after" one at a time and exactly one of
 * them sees the crossing. Without a rule nothing is locked or measured.
 */
final class StockWatch {

    private final Connection connection;
    private final StockRows.Statements statements;
    private final long productId;
    private final List<Long> locationIds = new ArrayList<>();
    private final List<Watched> watched = new ArrayList<>();

    private StockWatch(Connection connection, StockRows.Statements statements, long productId) {
        this.connection = connection;
        this.statements = statements;
        this.productId = productId;
    }

    /** Locks and reads the rules of the warehouses the move touches, and their available quantity before it. */
    static StockWatch begin(Connection connection, StockRows.Statements statements, long productId, Place from,
            Place to) throws SQLException {
        StockWatch watch = new StockWatch(connection, statements, productId);
        Map<String, Place> warehouses = new TreeMap<>();
        for (Place place : new Place[] {from, to}) {
            if (place != null) {
                watch.locationIds.add(place.locationId());
                warehouses.putIfAbsent(place.warehouse(), place);
            }
        }
        for (String warehouse : warehouses.keySet()) {
            Watched rule = watch.lockRule(warehouse);
            if (rule != null) {
                rule.before = WarehouseStock.available(connection, productId, rule.warehouseId);
                watch.watched.add(rule);
            }
        }
        return watch;
    }

    /** After the stock rows changed (and are locked): refuses a move on a location being counted. */
    void afterChange() throws SQLException {
        // one statement per number of locations (one or two), reused within the transaction
        PreparedStatement select = statements.prepare("SELECT ID, WAREHOUSE_CODE, LOCATION_CODE"
                + " FROM LOG_CYCLE_COUNT WHERE OPEN_LOCATION_ID IN ("
                + String.join(", ", locationIds.stream().map(id -> "?").toList()) + ")");
        for (int i = 0; i < locationIds.size(); i++) {
            select.setLong(i + 1, locationIds.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
            if (rows.next()) {
                long count = rows.getLong(1);
                String place = rows.getString(2) + "/" + rows.getString(3);
                throw new ConflictProblem("location " + place + " is being counted (cycle count " + count
                        + " is open); post or cancel the count first",
                        Map.of("cycleCount", count, "location", place));
            }
        }
        for (Watched rule : watched) {
            rule.after = WarehouseStock.available(connection, productId, rule.warehouseId);
        }
    }

    /**
     * Queues {@code LOW_STOCK} in the move's batch for each warehouse whose available quantity fell below the minimum
     * with this move.
     */
    void announce(MoveBatch batch, String sku, UnitEntity uom) {
        for (Watched rule : watched) {
            if (ReplenishmentMath.crossedBelowMinimum(rule.before, rule.after, rule.minimum)) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("sku", sku);
                payload.put("warehouse", rule.warehouse);
                payload.put("available", Quantities.display(rule.after, uom));
                payload.put("minimum", Quantities.display(rule.minimum, uom));
                payload.put("maximum", Quantities.display(rule.maximum, uom));
                if (rule.supplier != null) {
                    payload.put("supplier", rule.supplier);
                }
                batch.event(new NewEvent(LogisticsModule.TOPIC_LOW_STOCK, sku + "@" + rule.warehouse, payload,
                        batch.user()));
            }
        }
    }

    private Watched lockRule(String warehouse) throws SQLException {
        PreparedStatement lock = statements.prepare("UPDATE LOG_REORDER_RULE SET MINIMUM = MINIMUM"
                + " WHERE PRODUCT_ID = ? AND WAREHOUSE_CODE = ?");
        lock.setLong(1, productId);
        lock.setString(2, warehouse);
        if (lock.executeUpdate() == 0) {
            return null;
        }
        PreparedStatement select = statements.prepare("SELECT WAREHOUSE_ID, MINIMUM, MAXIMUM, SUPPLIER"
                + " FROM LOG_REORDER_RULE WHERE PRODUCT_ID = ? AND WAREHOUSE_CODE = ?");
        select.setLong(1, productId);
        select.setString(2, warehouse);
        try (ResultSet rows = select.executeQuery()) {
            rows.next();
            return new Watched(warehouse, rows.getLong(1), rows.getBigDecimal(2), rows.getBigDecimal(3),
                    rows.getString(4));
        }
    }

    private static final class Watched {
        final String warehouse;
        final long warehouseId;
        final BigDecimal minimum;
        final BigDecimal maximum;
        final String supplier;
        BigDecimal before;
        BigDecimal after;

        Watched(String warehouse, long warehouseId, BigDecimal minimum, BigDecimal maximum, String supplier) {
            this.warehouse = warehouse;
            this.warehouseId = warehouseId;
            this.minimum = minimum;
            this.maximum = maximum;
            this.supplier = supplier;
        }
    }
}
