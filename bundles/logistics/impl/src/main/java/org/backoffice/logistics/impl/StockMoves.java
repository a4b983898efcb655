package org.backoffice.logistics.impl;

import javax.persistence.EntityManager;

import org.backoffice.logistics.api.StockMove;
import org.backoffice.logistics.api.StockMoveDraft;

/**
 * Stock moves inside a transaction the caller already holds, so a goods receipt or a posted cycle count changes stock
 * through the same rules, locks, audit and events as any other move, and commits or rolls back with its document.
 * Private to this bundle.
 */
interface StockMoves {

    StockMove move(EntityManager transaction, StockMoveDraft draft);
}
