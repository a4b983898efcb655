package org.backoffice.logistics.api.sales;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Shipments of sales orders: prepared as DRAFT, then dispatched, which issues the reserved stock. */
@ProviderType
public interface ShipmentService {

    /**
     * Prepares a DRAFT shipment. The order must be CONFIRMED, PICKING or PARTIALLY_SHIPPED (else a
     * {@code ConflictProblem} naming its status); a line may not ship more than is picked (or reserved, when nothing
     * of it is picked).
     */
    Shipment create(ShipmentDraft draft);

    /** A missing shipment is a {@code NotFoundProblem}. */
    Shipment require(long id);

    /** Newest first. */
    Page<Shipment> find(ShipmentQuery query, PageRequest page);

    /**
     * Issues the shipment's stock from the locations it is reserved at (one ISSUE move per location, consuming the
     * reservation), marks the order SHIPPED or PARTIALLY_SHIPPED and announces
     * {@link SalesDocuments#TOPIC_SHIPMENT_DISPATCHED}, all in one transaction. Dispatching twice is a conflict.
     */
    Shipment dispatch(long id);

    /** The delivery note: order, customer (and its shipping address when known), lines, packages, carrier, tracking. */
    String deliveryNote(long id, DeliveryNoteFormat format);
}
