package org.backoffice.logistics.api.sales;

/** Names of the sales side of logistics: event topics and audit entity names. */
public final class SalesDocuments {

    /**
     * A shipment left the warehouse. Payload: {@code shipmentId}, {@code shipmentNumber}, {@code orderId},
     * {@code orderNumber}, {@code customer}, {@code warehouse}, {@code currency}, {@code dispatchedAt} (ISO instant),
     * {@code lines} [{@code sku}, {@code quantity}, {@code unitPrice}, {@code lineTotal}], {@code total}; the event key
     * is the shipment number.
     */
    public static final String TOPIC_SHIPMENT_DISPATCHED = "org/backoffice/logistics/SHIPMENT_DISPATCHED";

    public static final String ENTITY_SALES_ORDER = "SalesOrder";
    public static final String ENTITY_PICK_LIST = "PickList";
    public static final String ENTITY_SHIPMENT = "Shipment";

    private SalesDocuments() {
    }
}
