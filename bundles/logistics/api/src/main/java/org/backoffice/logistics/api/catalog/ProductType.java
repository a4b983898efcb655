package org.backoffice.logistics.api.catalog;

/** Whether a product is kept in stock. Services are sold and bought but never moved. */
public enum ProductType {
    STOCKED,
    SERVICE
}
