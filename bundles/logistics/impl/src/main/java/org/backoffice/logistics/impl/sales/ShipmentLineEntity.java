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

import org.backoffice.logistics.api.catalog.UnitOfMeasure;

/** Table LOG_SHIPMENT_LINE: how much of one order line a shipment carries, priced as ordered. */
@Entity
@Table(name = "LOG_SHIPMENT_LINE", indexes = @Index(name = "LOG_SHIPMENT_LINE_SHIPMENT_IX",
        columnList = "SHIPMENT_ID"))
public class ShipmentLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_SHIPMENT_LINE_IDS")
    @TableGenerator(name = "LOG_SHIPMENT_LINE_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "SHIPMENT_LINE", allocationSize = 50)
    Long id;

    @Column(name = "SHIPMENT_ID", nullable = false)
    long shipmentId;

    @Column(name = "ORDER_LINE_ID", nullable = false)
    long orderLineId;

    @Column(name = "ORDER_LINE_NO", nullable = false)
    int orderLineNo;

    @Column(name = "SKU", length = 40, nullable = false)
    String sku;

    @Enumerated(EnumType.STRING)
    @Column(name = "UOM", length = 10, nullable = false)
    UnitOfMeasure uom;

    @Column(name = "QUANTITY", precision = 19, scale = 4, nullable = false)
    BigDecimal quantity;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    BigDecimal unitPrice;

    @Column(name = "LINE_TOTAL", precision = 19, scale = 4, nullable = false)
    BigDecimal lineTotal;

    protected ShipmentLineEntity() {
    }

    ShipmentLineEntity(long shipmentId, SalesOrderLineEntity line, BigDecimal quantity, BigDecimal lineTotal) {
        this.shipmentId = shipmentId;
        this.orderLineId = line.id;
        this.orderLineNo = line.lineNo;
        this.sku = line.sku;
        this.uom = line.uom;
        this.quantity = quantity;
        this.unitPrice = line.unitPrice;
        this.lineTotal = lineTotal;
    }
}
