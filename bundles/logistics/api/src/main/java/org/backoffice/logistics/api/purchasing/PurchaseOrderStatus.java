package org.backoffice.logistics.api.purchasing;

/**
 * Life of a purchase order: DRAFT → SENT → PARTIALLY_RECEIVED → RECEIVED. CANCELLED only before anything was
 * received; CLOSED ends a partially received order whose rest will not come.
 */
public enum PurchaseOrderStatus {
    DRAFT,
    SENT,
    PARTIALLY_RECEIVED,
    RECEIVED,
    CANCELLED,
    CLOSED;

    /** Whether goods can be received against an order in this status. */
    public boolean receivable() {
        return this == SENT || this == PARTIALLY_RECEIVED;
    }
}
