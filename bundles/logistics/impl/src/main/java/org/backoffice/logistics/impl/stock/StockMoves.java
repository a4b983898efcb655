package org.backoffice.logistics.impl.stock;

import javax.persistence.EntityManager;

import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.logistics.api.stock.StockMoveDraft;

/**
 * Stock moves inside a transaction the caller already holds, so a goods receipt or a posted cycle count changes stock
 * through the same rules, locks, audit and events as any other move, and commits or rolls back with its document.
 * Private to this bundle.
 */
public interface StockMoves {

    StockMove move(EntityManager transaction, StockMoveDraft draft);
}
