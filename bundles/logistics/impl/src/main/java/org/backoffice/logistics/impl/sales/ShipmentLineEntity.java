package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;

import javax.persistence.Column;
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
import org.backoffice.logistics.api.sales.Shipment;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.platform.api.Money;

/** Table LOG_SHIPMENT_LINE: how much of one order line a shipment carries, priced as ordered. */
@Entity
@Table(name = "LOG_SHIPMENT_LINE", indexes = @Index(name = "LOG_SHIPMENT_LINE_SHIPMENT_IX",
        columnList = "SHIPMENT_ID"))
public class ShipmentLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_SHIPMENT_LINE_IDS")
    @TableGenerator(name = "LOG_SHIPMENT_LINE_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "SHIPMENT_LINE", allocationSize = 50)
    private Long id;

    @Column(name = "SHIPMENT_ID", nullable = false)
    private long shipmentId;

    @Column(name = "ORDER_LINE_ID", nullable = false)
    private long orderLineId;

    @Column(name = "ORDER_LINE_NO", nullable = false)
    private int orderLineNo;

    @Column(name = "SKU", length = 40, nullable = false)
    private String sku;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UOM", nullable = false)
    private UnitEntity uom;

    @Column(name = "QUANTITY", precision = 19, scale = 4, nullable = false)
    private BigDecimal quantity;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "LINE_TOTAL", precision = 19, scale = 4, nullable = false)
    private BigDecimal lineTotal;

    protected ShipmentLineEntity() {
    }

    ShipmentLineEntity(long shipmentId, SalesOrderLineEntity line, BigDecimal quantity, BigDecimal lineTotal) {
        this.shipmentId = shipmentId;
        this.orderLineId = line.id();
        this.orderLineNo = line.lineNo();
        this.sku = line.sku();
        this.uom = line.uom();
        this.quantity = quantity;
        this.unitPrice = line.unitPrice();
        this.lineTotal = lineTotal;
    }

    Long id() {
        return id;
    }

    long shipmentId() {
        return shipmentId;
    }

    long orderLineId() {
        return orderLineId;
    }

    int orderLineNo() {
        return orderLineNo;
    }

    String sku() {
        return sku;
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

    Shipment.Line toLine(String currency) {
        return new Shipment.Line(orderLineNo, sku, uom.code(), Quantities.display(quantity, uom),
                Money.display(unitPrice, currency), Money.display(lineTotal, currency));
    }
}
