package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.AttributeOverride;
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
import javax.persistence.UniqueConstraint;

import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderLine;
import org.backoffice.logistics.api.sales.SalesOrderStatus;
import org.backoffice.logistics.impl.warehouse.WarehouseEntity;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.support.jpa.AuthoredRow;

/** Table LOG_SALES_ORDER: the order head; its lines are in LOG_SALES_ORDER_LINE. */
@Entity
@Table(name = "LOG_SALES_ORDER",
        uniqueConstraints = @UniqueConstraint(name = "LOG_SALES_ORDER_NUMBER_UK", columnNames = "ORDER_NUMBER"),
        indexes = {@Index(name = "LOG_SALES_ORDER_CUSTOMER_IX", columnList = "CUSTOMER"),
            @Index(name = "LOG_SALES_ORDER_DAY_IX", columnList = "ORDER_DATE")})
@AttributeOverride(name = "createdBy", column = @Column(name = "CREATED_BY", length = 100, nullable = false))
public class SalesOrderEntity extends AuthoredRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_SALES_ORDER_IDS")
    @TableGenerator(name = "LOG_SALES_ORDER_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "SALES_ORDER", allocationSize = 50)
    private Long id;

    @Column(name = "ORDER_NUMBER", length = 20, nullable = false)
    private String number;

    @Column(name = "CUSTOMER", length = 40, nullable = false)
    private String customer;

    @Column(name = "WAREHOUSE_ID", nullable = false)
    private long warehouseId;

    @Column(name = "WAREHOUSE", length = 20, nullable = false)
    private String warehouse;

    @Column(name = "ORDER_DATE", nullable = false)
    private LocalDate orderDate;

    @Column(name = "REQUESTED_DATE", nullable = false)
    private LocalDate requestedDate;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private SalesOrderStatus status;

    @Column(name = "TOTAL", precision = 19, scale = 4, nullable = false)
    private BigDecimal total;

    protected SalesOrderEntity() {
    }

    SalesOrderEntity(String number, String customer, WarehouseEntity warehouse, LocalDate requestedDate,
            String currency, BigDecimal total, String createdBy, Instant createdAt) {
        super(createdAt, createdBy);
        this.number = number;
        this.customer = customer;
        this.warehouseId = warehouse.id();
        this.warehouse = warehouse.code();
        this.orderDate = LocalDate.ofInstant(createdAt, java.time.ZoneOffset.UTC);
        this.requestedDate = requestedDate;
        this.currency = currency;
        this.status = SalesOrderStatus.DRAFT;
        this.total = total;
    }

    /** DRAFT → CONFIRMED, once its lines have reserved what they could. */
    void confirm() {
        status = SalesOrderStatus.CONFIRMED;
    }

    /** CONFIRMED → PICKING, with the order's first pick list. */
    void startPicking() {
        status = SalesOrderStatus.PICKING;
    }

    void cancel() {
        status = SalesOrderStatus.CANCELLED;
    }

    /** After a dispatch: PARTIALLY_SHIPPED or SHIPPED, as {@link SalesMath#statusAfterShipping} decided. */
    void shipped(SalesOrderStatus after) {
        status = after;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    String customer() {
        return customer;
    }

    long warehouseId() {
        return warehouseId;
    }

    String warehouse() {
        return warehouse;
    }

    LocalDate orderDate() {
        return orderDate;
    }

    LocalDate requestedDate() {
        return requestedDate;
    }

    String currency() {
        return currency;
    }

    SalesOrderStatus status() {
        return status;
    }

    BigDecimal total() {
        return total;
    }

    SalesOrder toOrder(List<SalesOrderLine> lines) {
        return new SalesOrder(id, number, customer, warehouse, orderDate, requestedDate, currency, status, lines,
                Money.display(total, currency), createdBy(), createdAt(), version());
    }

    /** The audit rows of a new order. */
    ChangeSet creation() {
        return new ChangeSet().created("number", number).created("customer", customer)
                .created("warehouse", warehouse).created("requestedDate", requestedDate)
                .created("currency", currency).created("status", status).created("total", total);
    }
}
