package org.backoffice.logistics.api.sales;

/** DRAFT until dispatched; a dispatched shipment has issued its stock and cannot change. */
public enum ShipmentStatus {
    DRAFT,
    DISPATCHED
}
