package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.impl.catalog.OrderedUnit;
import org.backoffice.logistics.impl.catalog.UnitConversions;
import org.backoffice.logistics.impl.catalog.UnitEntity;
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
    private Long id;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "LINE_NO", nullable = false)
    private int lineNo;

    @Column(name = "PRODUCT_ID", nullable = false)
    private long productId;

    @Column(name = "SKU", length = 40, nullable = false)
    private String sku;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRODUCT_TYPE", length = 10, nullable = false)
    private ProductType productType;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UOM", nullable = false)
    private UnitEntity uom;

    @Column(name = "QUANTITY", precision = 19, scale = 4, nullable = false)
    private BigDecimal quantity;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "LINE_TOTAL", precision = 19, scale = 4, nullable = false)
    private BigDecimal lineTotal;

    @Column(name = "RESERVED", precision = 19, scale = 4, nullable = false)
    private BigDecimal reserved = BigDecimal.ZERO;

    @Column(name = "BACKORDERED", precision = 19, scale = 4, nullable = false)
    private BigDecimal backordered = BigDecimal.ZERO;

    @Column(name = "PICKED", precision = 19, scale = 4, nullable = false)
    private BigDecimal picked = BigDecimal.ZERO;

    @Column(name = "SHIPPED", precision = 19, scale = 4, nullable = false)
    private BigDecimal shipped = BigDecimal.ZERO;

    /** What was sold when not in the product's own unit (added in 2.1; null on older lines). */
    @Embedded
    private OrderedUnit ordered;

    protected SalesOrderLineEntity() {
    }

    /** A line of {@code sold} (already converted to the product's unit) at {@code price} per sold unit. */
    SalesOrderLineEntity(long orderId, int lineNo, ProductEntity product, UnitConversions.Converted sold,
            BigDecimal price, String currency) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.productId = product.id();
        this.sku = product.sku();
        this.productType = product.type();
        this.uom = product.uom();
        this.quantity = sold.quantity();
        this.lineTotal = SalesMath.lineTotal(sold.givenQuantity(), price, currency);
        this.unitPrice = OrderedUnit.productUnitPrice(sold, price);
        this.ordered = OrderedUnit.of(sold, price);
    }

    /** What was sold when not in the product's unit, else {@code null}. */
    OrderedUnit ordered() {
        return ordered;
    }

    boolean stocked() {
        return productType != ProductType.SERVICE;
    }

    /** On confirmation: what the stock covered is reserved, the rest of the ordered quantity is backordered. */
    void reserve(BigDecimal covered) {
        reserved = covered;
        backordered = SalesMath.backordered(quantity, covered);
    }

    /** Stock that arrived later moves {@code taken} from backordered to reserved. */
    void reserveBackordered(BigDecimal taken) {
        reserved = reserved.add(taken);
        backordered = backordered.subtract(taken);
    }

    void pick(BigDecimal quantityPicked) {
        picked = picked.add(quantityPicked);
    }

    /**
     * A dispatched shipment line: a stocked line gives up that much of its reservation, and of its picked quantity
     * when it was picked (a line ships either picked or straight from its reservation, never a mix).
     */
    void ship(BigDecimal quantityShipped) {
        if (stocked()) {
            if (picked.signum() > 0) {
                picked = picked.subtract(quantityShipped);
            }
            reserved = reserved.subtract(quantityShipped);
        }
        shipped = shipped.add(quantityShipped);
    }

    /** On cancellation nothing stays reserved, picked or backordered. */
    void release() {
        reserved = BigDecimal.ZERO;
        picked = BigDecimal.ZERO;
        backordered = BigDecimal.ZERO;
    }

    Long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    int lineNo() {
        return lineNo;
    }

    long productId() {
        return productId;
    }

    String sku() {
        return sku;
    }

    ProductType productType() {
        return productType;
    }

    UnitEntity uom() {
        return uom;
    }

    BigDecimal quantity() {
        return quantity;
    }

    BigDecimal unitPrice() {
        return unitPrice;
    }

    BigDecimal lineTotal() {
        return lineTotal;
    }

    BigDecimal reserved() {
        return reserved;
    }

    BigDecimal backordered() {
        return backordered;
    }

    BigDecimal picked() {
        return picked;
    }

    BigDecimal shipped() {
        return shipped;
    }

    /** "BOLT 12 x 0.5", the line as its audit row shows it. */
    String summary() {
        if (ordered != null) {
            return sku + " " + ordered.summary() + " (" + quantity.stripTrailingZeros().toPlainString() + " " + uom
                    + ") x " + ordered.price().stripTrailingZeros().toPlainString();
        }
        return sku + " " + quantity.stripTrailingZeros().toPlainString() + " x "
                + unitPrice.stripTrailingZeros().toPlainString();
    }
}
