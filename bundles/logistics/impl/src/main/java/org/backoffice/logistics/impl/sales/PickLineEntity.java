package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
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
import org.backoffice.logistics.api.sales.PickList;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.platform.api.persistence.UtcInstant;

/** Table LOG_PICK_LINE: take {@code quantity} of a reservation from its location; {@code picked} once confirmed. */
@Entity
@Table(name = "LOG_PICK_LINE", indexes = {
    @Index(name = "LOG_PICK_LINE_LIST_IX", columnList = "PICK_LIST_ID"),
    @Index(name = "LOG_PICK_LINE_RESERVATION_IX", columnList = "RESERVATION_ID")})
public class PickLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_PICK_LINE_IDS")
    @TableGenerator(name = "LOG_PICK_LINE_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PICK_LINE", allocationSize = 50)
    private Long id;

    @Column(name = "PICK_LIST_ID", nullable = false)
    private long pickListId;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "ORDER_NUMBER", length = 20, nullable = false)
    private String orderNumber;

    @Column(name = "ORDER_LINE_NO", nullable = false)
    private int orderLineNo;

    @Column(name = "RESERVATION_ID", nullable = false)
    private long reservationId;

    @Column(name = "SKU", length = 40, nullable = false)
    private String sku;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UOM", nullable = false)
    private UnitEntity uom;

    @Column(name = "LOCATION", length = 40, nullable = false)
    private String location;

    @Column(name = "QUANTITY", precision = 19, scale = 4, nullable = false)
    private BigDecimal quantity;

    @Column(name = "PICKED", precision = 19, scale = 4)
    private BigDecimal picked;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CONFIRMED_AT")
    private Instant confirmedAt;

    protected PickLineEntity() {
    }

    PickLineEntity(long pickListId, SalesOrderEntity order, SalesOrderLineEntity line, ReservationEntity reservation,
            BigDecimal quantity) {
        this.pickListId = pickListId;
        this.orderId = order.id();
        this.orderNumber = order.number();
        this.orderLineNo = line.lineNo();
        this.reservationId = reservation.id();
        this.sku = line.sku();
        this.uom = line.uom();
        this.location = reservation.location();
        this.quantity = quantity;
    }

    void confirm(BigDecimal quantityPicked, Instant at) {
        picked = quantityPicked;
        confirmedAt = at;
    }

    Long id() {
        return id;
    }

    long pickListId() {
        return pickListId;
    }

    long orderId() {
        return orderId;
    }

    String orderNumber() {
        return orderNumber;
    }

    int orderLineNo() {
        return orderLineNo;
    }

    long reservationId() {
        return reservationId;
    }

    String sku() {
        return sku;
    }

    UnitEntity uom() {
        return uom;
    }

    String location() {
        return location;
    }

    BigDecimal quantity() {
        return quantity;
    }

    BigDecimal picked() {
        return picked;
    }

    Instant confirmedAt() {
        return confirmedAt;
    }

    PickList.Line toLine() {
        return new PickList.Line(id, orderId, orderNumber, orderLineNo, sku, uom.code(), location,
                Quantities.display(quantity, uom), Quantities.display(picked, uom), confirmedAt);
    }
}
