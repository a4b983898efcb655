package org.backoffice.logistics.api.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;


/**
 * Every move of a product, oldest first, with the running quantity on hand: in one warehouse, or in all of them when
 * {@code warehouse} is null. A transfer inside the scope changes nothing and is listed with a change of zero.
 */
public record StockLedger(String sku, String warehouse, String uom, List<Line> lines, BigDecimal onHand) {

    public StockLedger {
        lines = List.copyOf(lines);
    }

    /** One move: {@code change} is what it did to the scope's quantity, {@code balance} the quantity after it. */
    public record Line(long moveId, Instant movedAt, MoveType type, String fromWarehouse, String fromLocation,
            String toWarehouse, String toLocation, BigDecimal change, BigDecimal balance, String reason,
            String reference, String user) {
    }
}
