package org.backoffice.logistics.api.sales;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sales orders and the stock they reserve. Each change is validated, audited and stored in one transaction; bad input
 * is a {@code ValidationFailedException} naming the field, a step the order's status does not allow a
 * {@code ConflictProblem} (409) with the {@code orderStatus} extension member.
 */
@ProviderType
public interface SalesOrderService {

    /** Creates a DRAFT order with the next number of the year. */
    SalesOrder create(SalesOrderDraft draft);

    /** A missing order is a {@code NotFoundProblem}. */
    SalesOrder require(long id);

    /** Newest first. */
    Page<SalesOrder> find(SalesOrderQuery query, PageRequest page);

    /**
     * Confirms a DRAFT order: reserves what is available of each stocked line in the order's warehouse, oldest stock
     * first; the rest of the line is backordered. Concurrent confirmations never reserve more than is on hand.
     */
    SalesOrder confirm(long id);

    /**
     * Checks availability again for a CONFIRMED, PICKING or PARTIALLY_SHIPPED order: reserves what has become available of its
     * backordered quantities (after a goods receipt, a transfer, a cancelled order), oldest stock first, and lowers
     * the backorders by as much. Lines without a backorder are left as they are; an order with nothing backordered
     * is returned unchanged.
     *
     * @since 1.2
     */
    SalesOrder reserveBackorders(long id);

    /** Cancels a DRAFT, CONFIRMED or PICKING order and releases its reservations. */
    SalesOrder cancel(long id);
}
