package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/**
 * Table LOG_RESERVATION: stock held for one order line at one location. {@code reserved} is the line's share of
 * LOG_STOCK.RESERVED at that location; {@code picked} the part of it that was picked and has not shipped yet.
 */
@Entity
@Table(name = "LOG_RESERVATION", indexes = @Index(name = "LOG_RESERVATION_ORDER_IX", columnList = "ORDER_ID"))
public class ReservationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_RESERVATION_IDS")
    @TableGenerator(name = "LOG_RESERVATION_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "RESERVATION", allocationSize = 50)
    private Long id;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "ORDER_LINE_ID", nullable = false)
    private long orderLineId;

    @Column(name = "PRODUCT_ID", nullable = false)
    private long productId;

    @Column(name = "LOCATION_ID", nullable = false)
    private long locationId;

    @Column(name = "LOCATION", length = 40, nullable = false)
    private String location;

    /** The order in which the line's stock was reserved: oldest stock first. */
    @Column(name = "SEQ_NO", nullable = false)
    private int seqNo;

    @Column(name = "RESERVED", precision = 19, scale = 4, nullable = false)
    private BigDecimal reserved;

    @Column(name = "PICKED", precision = 19, scale = 4, nullable = false)
    private BigDecimal picked = BigDecimal.ZERO;

    protected ReservationEntity() {
    }

    ReservationEntity(SalesOrderLineEntity line, long locationId, String location, int seqNo, BigDecimal reserved) {
        this.orderId = line.orderId();
        this.orderLineId = line.id();
        this.productId = line.productId();
        this.locationId = locationId;
        this.location = location;
        this.seqNo = seqNo;
        this.reserved = reserved;
    }

    void pick(BigDecimal quantityPicked) {
        picked = picked.add(quantityPicked);
    }

    /** Shipped stock leaves the reservation, and its picked part first. */
    void issue(BigDecimal quantityIssued) {
        picked = picked.subtract(picked.min(quantityIssued));
        reserved = reserved.subtract(quantityIssued);
    }

    /** The order was cancelled: its stock is free again. */
    void release() {
        reserved = BigDecimal.ZERO;
        picked = BigDecimal.ZERO;
    }

    Long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    long orderLineId() {
        return orderLineId;
    }

    long productId() {
        return productId;
    }

    long locationId() {
        return locationId;
    }

    String location() {
        return location;
    }

    int seqNo() {
        return seqNo;
    }

    BigDecimal reserved() {
        return reserved;
    }

    BigDecimal picked() {
        return picked;
    }
}
