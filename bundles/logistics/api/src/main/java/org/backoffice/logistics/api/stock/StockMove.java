package org.backoffice.logistics.api.stock;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stock move as stored; moves are never changed or deleted. The quantity is always positive: stock leaves the
 * {@code from} location (absent for a RECEIPT or an upward ADJUSTMENT) and arrives at the {@code to} location (absent
 * for an ISSUE or a downward ADJUSTMENT).
 */
public record StockMove(long id, MoveType type, String sku, BigDecimal quantity, String fromWarehouse,
        String fromLocation, String toWarehouse, String toLocation, String reason, String reference, String user,
        Instant movedAt) {
}
