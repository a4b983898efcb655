package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
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
    Long id;

    @Column(name = "PICK_LIST_ID", nullable = false)
    long pickListId;

    @Column(name = "ORDER_ID", nullable = false)
    long orderId;

    @Column(name = "ORDER_NUMBER", length = 20, nullable = false)
    String orderNumber;

    @Column(name = "ORDER_LINE_NO", nullable = false)
    int orderLineNo;

    @Column(name = "RESERVATION_ID", nullable = false)
    long reservationId;

    @Column(name = "SKU", length = 40, nullable = false)
    String sku;

    @Enumerated(EnumType.STRING)
    @Column(name = "UOM", length = 10, nullable = false)
    UnitOfMeasure uom;

    @Column(name = "LOCATION", length = 40, nullable = false)
    String location;

    @Column(name = "QUANTITY", precision = 19, scale = 4, nullable = false)
    BigDecimal quantity;

    @Column(name = "PICKED", precision = 19, scale = 4)
    BigDecimal picked;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CONFIRMED_AT")
    Instant confirmedAt;

    protected PickLineEntity() {
    }

    PickLineEntity(long pickListId, SalesOrderEntity order, SalesOrderLineEntity line, ReservationEntity reservation,
            BigDecimal quantity) {
        this.pickListId = pickListId;
        this.orderId = order.id;
        this.orderNumber = order.number;
        this.orderLineNo = line.lineNo;
        this.reservationId = reservation.id;
        this.sku = line.sku;
        this.uom = line.uom;
        this.location = reservation.location;
        this.quantity = quantity;
    }
}
