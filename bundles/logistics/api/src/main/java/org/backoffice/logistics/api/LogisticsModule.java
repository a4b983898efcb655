package org.backoffice.logistics.api;

/** Names other bundles need: module id, roles, event topics, audit entity names. */
public final class LogisticsModule {

    public static final String ID = "logistics";
    public static final String MANAGER = "logistics-manager";
    public static final String VIEWER = "logistics-viewer";

    public static final String TOPIC_PRODUCT_CREATED = "org/backoffice/logistics/PRODUCT_CREATED";
    public static final String TOPIC_PRODUCT_UPDATED = "org/backoffice/logistics/PRODUCT_UPDATED";
    public static final String TOPIC_WAREHOUSE_CREATED = "org/backoffice/logistics/WAREHOUSE_CREATED";
    public static final String TOPIC_STOCK_MOVED = "org/backoffice/logistics/STOCK_MOVED";

    public static final String ENTITY_PRODUCT = "Product";
    public static final String ENTITY_WAREHOUSE = "Warehouse";
    public static final String ENTITY_LOCATION = "Location";
    public static final String ENTITY_STOCK_MOVE = "StockMove";

    private LogisticsModule() {
    }
}
