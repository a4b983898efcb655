package org.backoffice.logistics.api.stock;

import java.math.BigDecimal;

/**
 * A stock move to make.
 *
 * @param quantity    more than zero, at most the product unit's decimals; for ADJUSTMENT signed and not zero
 * @param warehouse   where the move happens (the source of a TRANSFER)
 * @param location    a location code in {@code warehouse}; defaults to its receiving location for RECEIPT and its
 *                    shipping location for ISSUE; required for TRANSFER and ADJUSTMENT
 * @param toWarehouse TRANSFER only: the destination warehouse, {@code warehouse} by default
 * @param toLocation  TRANSFER only: the destination location; defaults to the receiving location when the
 *                    destination is another warehouse
 * @param reason      why; required for ADJUSTMENT
 * @param reference   an outside document, e.g. a delivery note number
 */
public record StockMoveDraft(MoveType type, String sku, BigDecimal quantity, String warehouse, String location,
        String toWarehouse, String toLocation, String reason, String reference) {
}
