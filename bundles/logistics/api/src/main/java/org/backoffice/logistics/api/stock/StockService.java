package org.backoffice.logistics.api.stock;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stock and the moves that change it. A move is checked, applied to the stock rows, stored, audited and announced as
 * {@link LogisticsModule#TOPIC_STOCK_MOVED} in one transaction. Stock never goes below the reserved quantity, also
 * under concurrent moves: taking more than is available is a {@code ConflictProblem} (409) whose {@code available}
 * extension member holds the quantity that was available.
 */
@ProviderType
public interface StockService {

    /**
     * Makes a move. Unknown or inactive products, warehouses and locations, a SERVICE product, a bad quantity or a
     * transfer to the same location are a {@code ValidationFailedException} naming the field.
     */
    StockMove move(StockMoveDraft draft);

    /** A stored move by its id; a missing one is a {@code NotFoundProblem}. */
    StockMove requireMove(long id);

    /** Newest first. */
    Page<StockMove> findMoves(StockMoveQuery query, PageRequest page);

    /**
     * Stock levels other than zero, by SKU, warehouse and location, optionally of one product and/or one warehouse
     * (filters: an unknown one matches nothing), with totals per product and warehouse for the pairs on the page.
     */
    StockOverview stock(String sku, String warehouse, PageRequest page);

    /**
     * A product's moves with the running quantity, in one warehouse or (null) all of them; an unknown product or
     * warehouse is a {@code NotFoundProblem}.
     */
    StockLedger ledger(String sku, String warehouse);
}
