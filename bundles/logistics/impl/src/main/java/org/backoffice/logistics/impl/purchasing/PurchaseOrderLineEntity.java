package org.backoffice.logistics.impl.purchasing;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.logistics.api.purchasing.PurchaseOrder;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.catalog.OrderedUnit;
import org.backoffice.logistics.impl.catalog.UnitConversions;
import org.backoffice.logistics.impl.catalog.UnitMath;
import org.backoffice.platform.api.Money;

/** Table LOG_PURCHASE_ORDER_LINE: ordered and received quantity of one product. */
@Entity
@Table(name = "LOG_PURCHASE_ORDER_LINE", indexes = {
    @Index(name = "LOG_PO_LINE_ORDER_IX", columnList = "ORDER_ID, LINE_NO"),
    @Index(name = "LOG_PO_LINE_PRODUCT_IX", columnList = "PRODUCT_ID")})
public class PurchaseOrderLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_PURCHASE_ORDER_LINE_IDS")
    @TableGenerator(name = "LOG_PURCHASE_ORDER_LINE_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PURCHASE_ORDER_LINE", allocationSize = 50)
    private Long id;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "LINE_NO", nullable = false)
    private int lineNo;

    @Column(name = "PRODUCT_ID", nullable = false)
    private long productId;

    @Column(name = "SKU", length = 40, nullable = false)
    private String sku;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UOM", nullable = false)
    private UnitEntity uom;

    @Column(name = "QUANTITY", precision = 19, scale = 4, nullable = false)
    private BigDecimal quantity;

    @Column(name = "RECEIVED", precision = 19, scale = 4, nullable = false)
    private BigDecimal received;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    private BigDecimal unitPrice;

    /** What was ordered when not in the product's own unit (added in 2.1; null on older lines). */
    @Embedded
    private OrderedUnit ordered;

    protected PurchaseOrderLineEntity() {
    }

    /** A line of {@code ordered} (already converted to the product's unit) at {@code price} per ordered unit. */
    PurchaseOrderLineEntity(long orderId, int lineNo, ProductEntity product, UnitConversions.Converted ordered,
            BigDecimal price) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.productId = product.id();
        this.sku = product.sku();
        this.uom = product.uom();
        this.quantity = ordered.quantity();
        this.received = BigDecimal.ZERO;
        this.unitPrice = OrderedUnit.productUnitPrice(ordered, price);
        this.ordered = OrderedUnit.of(ordered, price);
    }

    int lineNo() {
        return lineNo;
    }

    String sku() {
        return sku;
    }

    long productId() {
        return productId;
    }

    UnitEntity uom() {
        return uom;
    }

    BigDecimal quantity() {
        return quantity;
    }

    BigDecimal received() {
        return received;
    }

    BigDecimal unitPrice() {
        return unitPrice;
    }

    void addReceived(BigDecimal quantity) {
        this.received = this.received.add(quantity);
    }

    PurchaseOrder.Line toLine(String currency) {
        BigDecimal total = ordered == null ? ReceiptMath.lineTotal(quantity, unitPrice, currency)
                : ReceiptMath.lineTotal(ordered.quantity(), ordered.price(), currency);
        return new PurchaseOrder.Line(lineNo, sku, uom.code(), Quantities.display(quantity, uom),
                Quantities.display(received, uom), Quantities.display(ReceiptMath.open(quantity, received), uom),
                ordered == null ? Money.display(unitPrice, currency) : UnitMath.convert(unitPrice, BigDecimal.ONE),
                Money.display(total, currency), ordered == null ? null : ordered.unit(),
                ordered == null ? null : ordered.shownQuantity(), ordered == null ? null : ordered.shownPrice(currency));
    }
}
