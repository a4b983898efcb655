package org.backoffice.logistics.impl.purchasing;

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

import org.backoffice.logistics.api.purchasing.PurchaseOrder;
import org.backoffice.logistics.api.purchasing.PurchaseOrderStatus;
import org.backoffice.logistics.impl.warehouse.WarehouseEntity;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.support.jpa.AuthoredRow;

/** Table LOG_PURCHASE_ORDER; its lines are in LOG_PURCHASE_ORDER_LINE. */
@Entity
@Table(name = "LOG_PURCHASE_ORDER",
        uniqueConstraints = @UniqueConstraint(name = "LOG_PURCHASE_ORDER_NUMBER_UK", columnNames = "NUMBER"),
        indexes = @Index(name = "LOG_PURCHASE_ORDER_SUPPLIER_IX", columnList = "SUPPLIER"))
@AttributeOverride(name = "createdBy", column = @Column(name = "CREATED_BY", length = 100, nullable = false))
public class PurchaseOrderEntity extends AuthoredRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_PURCHASE_ORDER_IDS")
    @TableGenerator(name = "LOG_PURCHASE_ORDER_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PURCHASE_ORDER", allocationSize = 20)
    private Long id;

    @Column(name = "NUMBER", length = 20, nullable = false)
    private String number;

    @Column(name = "SUPPLIER", length = 40, nullable = false)
    private String supplier;

    @Column(name = "WAREHOUSE_ID", nullable = false)
    private long warehouseId;

    @Column(name = "WAREHOUSE_CODE", length = 20, nullable = false)
    private String warehouse;

    @Column(name = "ORDER_DATE", nullable = false)
    private LocalDate orderDate;

    @Column(name = "EXPECTED_DATE")
    private LocalDate expectedDate;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private PurchaseOrderStatus status;

    protected PurchaseOrderEntity() {
    }

    PurchaseOrderEntity(String number, String supplier, WarehouseEntity warehouse, LocalDate orderDate,
            LocalDate expectedDate, String currency, Instant createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.number = number;
        this.supplier = supplier;
        this.warehouseId = warehouse.id();
        this.warehouse = warehouse.code();
        this.orderDate = orderDate;
        this.expectedDate = expectedDate;
        this.currency = currency;
        this.status = PurchaseOrderStatus.DRAFT;
    }

    long id() {
        return id;
    }

    String number() {
        return number;
    }

    String supplier() {
        return supplier;
    }

    long warehouseId() {
        return warehouseId;
    }

    String warehouse() {
        return warehouse;
    }

    String currency() {
        return currency;
    }

    PurchaseOrderStatus status() {
        return status;
    }

    void setStatus(PurchaseOrderStatus status) {
        this.status = status;
    }

    PurchaseOrder toOrder(List<PurchaseOrderLineEntity> lines) {
        List<PurchaseOrder.Line> items = lines.stream().map(line -> line.toLine(currency)).toList();
        BigDecimal total = items.stream().map(PurchaseOrder.Line::lineTotal).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return new PurchaseOrder(id, number, supplier, warehouse, orderDate, expectedDate, currency, status, items,
                Money.display(total, currency), createdAt(), createdBy(), version());
    }
}
