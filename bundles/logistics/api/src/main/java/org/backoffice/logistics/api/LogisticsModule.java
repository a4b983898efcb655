package org.backoffice.logistics.api;

/** Names other bundles need: module id, roles, event topics, audit entity names. */
public final class LogisticsModule {

    public static final String ID = "logistics";
    public static final String MANAGER = "logistics-manager";
    public static final String VIEWER = "logistics-viewer";

    public static final String TOPIC_PRODUCT_CREATED = "org/backoffice/logistics/PRODUCT_CREATED";
    public static final String TOPIC_PRODUCT_UPDATED = "org/backoffice/logistics/PRODUCT_UPDATED";
    public static final String TOPIC_UNIT_CREATED = "org/backoffice/logistics/UNIT_CREATED";
    public static final String TOPIC_UNIT_UPDATED = "org/backoffice/logistics/UNIT_UPDATED";
    public static final String TOPIC_WAREHOUSE_CREATED = "org/backoffice/logistics/WAREHOUSE_CREATED";
    public static final String TOPIC_STOCK_MOVED = "org/backoffice/logistics/STOCK_MOVED";
    public static final String TOPIC_GOODS_RECEIVED = "org/backoffice/logistics/GOODS_RECEIVED";
    public static final String TOPIC_LOW_STOCK = "org/backoffice/logistics/LOW_STOCK";

    public static final String ENTITY_PRODUCT = "Product";
    public static final String ENTITY_UNIT = "Unit";
    public static final String ENTITY_WAREHOUSE = "Warehouse";
    public static final String ENTITY_LOCATION = "Location";
    public static final String ENTITY_STOCK_MOVE = "StockMove";
    public static final String ENTITY_PURCHASE_ORDER = "PurchaseOrder";
    public static final String ENTITY_GOODS_RECEIPT = "GoodsReceipt";
    public static final String ENTITY_CYCLE_COUNT = "CycleCount";
    public static final String ENTITY_REORDER_RULE = "ReorderRule";

    private LogisticsModule() {
    }
}
