package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import javax.persistence.AttributeOverride;
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

import org.backoffice.logistics.api.sales.Shipment;
import org.backoffice.logistics.api.sales.ShipmentStatus;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.AuthoredRow;

/** Table LOG_SHIPMENT: a shipment head; its lines are in LOG_SHIPMENT_LINE. */
@Entity
@Table(name = "LOG_SHIPMENT", indexes = @Index(name = "LOG_SHIPMENT_ORDER_IX", columnList = "ORDER_ID"))
@AttributeOverride(name = "createdBy", column = @Column(name = "CREATED_BY", length = 100, nullable = false))
public class ShipmentEntity extends AuthoredRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_SHIPMENT_IDS")
    @TableGenerator(name = "LOG_SHIPMENT_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "SHIPMENT", allocationSize = 50)
    private Long id;

    @Column(name = "SHIPMENT_NUMBER", length = 20, nullable = false, unique = true)
    private String number;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "ORDER_NUMBER", length = 20, nullable = false)
    private String orderNumber;

    @Column(name = "CUSTOMER", length = 40, nullable = false)
    private String customer;

    @Column(name = "WAREHOUSE", length = 20, nullable = false)
    private String warehouse;

    @Column(name = "CARRIER", length = 100)
    private String carrier;

    @Column(name = "TRACKING_NUMBER", length = 100)
    private String trackingNumber;

    @Column(name = "PACKAGES", nullable = false)
    private int packages;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    private ShipmentStatus status;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "TOTAL", precision = 19, scale = 4, nullable = false)
    private BigDecimal total;

    @Convert(converter = UtcInstant.class)
    @Column(name = "DISPATCHED_AT")
    private Instant dispatchedAt;

    protected ShipmentEntity() {
    }

    ShipmentEntity(String number, SalesOrderEntity order, String carrier, String trackingNumber, int packages,
            BigDecimal total, String createdBy, Instant createdAt) {
        super(createdAt, createdBy);
        this.number = number;
        this.orderId = order.id();
        this.orderNumber = order.number();
        this.customer = order.customer();
        this.warehouse = order.warehouse();
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.packages = packages;
        this.status = ShipmentStatus.DRAFT;
        this.currency = order.currency();
        this.total = total;
    }

    void dispatch(Instant at) {
        status = ShipmentStatus.DISPATCHED;
        dispatchedAt = at;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    long orderId() {
        return orderId;
    }

    String orderNumber() {
        return orderNumber;
    }

    String customer() {
        return customer;
    }

    String warehouse() {
        return warehouse;
    }

    String carrier() {
        return carrier;
    }

    String trackingNumber() {
        return trackingNumber;
    }

    int packages() {
        return packages;
    }

    ShipmentStatus status() {
        return status;
    }

    String currency() {
        return currency;
    }

    BigDecimal total() {
        return total;
    }

    Instant dispatchedAt() {
        return dispatchedAt;
    }

    Shipment toShipment(List<ShipmentLineEntity> lines) {
        return new Shipment(id, number, orderId, orderNumber, customer, warehouse, carrier, trackingNumber, packages,
                status, currency, lines.stream().map(line -> line.toLine(currency)).toList(),
                Money.display(total, currency), createdBy(), createdAt(), dispatchedAt);
    }
}
