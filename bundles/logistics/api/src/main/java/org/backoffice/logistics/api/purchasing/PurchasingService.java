package org.backoffice.logistics.api.purchasing;

import java.util.List;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Purchase orders and the goods received against them. Every change is validated, audited and announced in one
 * transaction; bad input is a {@code ValidationFailedException} naming the field, an unknown order a
 * {@code NotFoundProblem}, a transition the status does not allow a {@code ConflictProblem}.
 */
@ProviderType
public interface PurchasingService {

    /**
     * Creates a DRAFT order numbered {@code PO-<year>-<6 digits>}, gapless per year. When the partners module is
     * installed the supplier must be an existing partner with the SUPPLIER role; without it any code is accepted.
     */
    PurchaseOrder create(PurchaseOrderDraft draft);

    PurchaseOrder require(long id);

    /** Newest first. */
    Page<PurchaseOrder> find(PurchaseOrderQuery query, PageRequest page);

    /** DRAFT → SENT. */
    PurchaseOrder send(long id);

    /** DRAFT or SENT (nothing received yet) → CANCELLED. */
    PurchaseOrder cancel(long id);

    /** PARTIALLY_RECEIVED → CLOSED: the rest will not come and no longer counts as on order. */
    PurchaseOrder close(long id);

    /**
     * Receives goods against a SENT or PARTIALLY_RECEIVED order: one RECEIPT stock move per line, the order's received
     * quantities and status, the receipt, its audit and {@link LogisticsModule#TOPIC_GOODS_RECEIVED} in one
     * transaction. More than the open quantity (plus the configured tolerance) is refused naming the line.
     */
    GoodsReceipt receive(long purchaseOrderId, GoodsReceiptDraft draft);

    /** The order's receipts, oldest first. */
    List<GoodsReceipt> receipts(long purchaseOrderId);
}
