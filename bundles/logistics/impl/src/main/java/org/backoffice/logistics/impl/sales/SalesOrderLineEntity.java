package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.api.catalog.UnitOfMeasure;
import org.backoffice.logistics.impl.catalog.ProductEntity;

/**
 * Table LOG_SALES_ORDER_LINE. The quantity columns keep the line's state: {@code reserved} is held in LOG_STOCK now,
 * {@code backordered} could not be reserved, {@code picked} is the picked part of {@code reserved}, {@code shipped}
 * has left.
 */
@Entity
@Table(name = "LOG_SALES_ORDER_LINE", indexes = @Index(name = "LOG_SALES_ORDER_LINE_ORDER_IX",
        columnList = "ORDER_ID, LINE_NO"))
public class SalesOrderLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_SALES_ORDER_LINE_IDS")
    @TableGenerator(name = "LOG_SALES_ORDER_LINE_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "SALES_ORDER_LINE", allocationSize = 50)
    Long id;

    @Column(name = "ORDER_ID", nullable = false)
    long orderId;

    @Column(name = "LINE_NO", nullable = false)
    int lineNo;

    @Column(name = "PRODUCT_ID", nullable = false)
    long productId;

    @Column(name = "SKU", length = 40, nullable = false)
    String sku;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRODUCT_TYPE", length = 10, nullable = false)
    ProductType productType;

    @Enumerated(EnumType.STRING)
    @Column(name = "UOM", length = 10, nullable = false)
    UnitOfMeasure uom;

    @Column(name = "QUANTITY", precision = 19, scale = 4, nullable = false)
    BigDecimal quantity;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    BigDecimal unitPrice;

    @Column(name = "LINE_TOTAL", precision = 19, scale = 4, nullable = false)
    BigDecimal lineTotal;

    @Column(name = "RESERVED", precision = 19, scale = 4, nullable = false)
    BigDecimal reserved = BigDecimal.ZERO;

    @Column(name = "BACKORDERED", precision = 19, scale = 4, nullable = false)
    BigDecimal backordered = BigDecimal.ZERO;

    @Column(name = "PICKED", precision = 19, scale = 4, nullable = false)
    BigDecimal picked = BigDecimal.ZERO;

    @Column(name = "SHIPPED", precision = 19, scale = 4, nullable = false)
    BigDecimal shipped = BigDecimal.ZERO;

    protected SalesOrderLineEntity() {
    }

    SalesOrderLineEntity(long orderId, int lineNo, ProductEntity product, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal lineTotal) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.productId = product.id();
        this.sku = product.sku();
        this.productType = product.type();
        this.uom = product.uom();
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.lineTotal = lineTotal;
    }

    boolean stocked() {
        return productType != ProductType.SERVICE;
    }
}
