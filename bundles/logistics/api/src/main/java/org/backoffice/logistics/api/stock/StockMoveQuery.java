package org.backoffice.logistics.api.stock;

import java.time.LocalDate;

/**
 * Filters for {@link StockService#findMoves}; {@code null} fields do not filter.
 *
 * @param warehouse moves out of or into this warehouse
 * @param from      first day (UTC), inclusive
 * @param to        last day (UTC), inclusive
 */
public record StockMoveQuery(String sku, String warehouse, MoveType type, LocalDate from, LocalDate to) {

    public static StockMoveQuery all() {
        return new StockMoveQuery(null, null, null, null, null);
    }
}
