package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Convert;
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

import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.logistics.api.stock.MoveType;
import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.platform.api.persistence.UtcInstant;

/**
 * Table LOG_STOCK_MOVE: immutable, inserted once, never updated. Codes are kept beside the product id because they
 * never change and the history must read the same after master data moves on.
 */
@Entity
@Table(name = "LOG_STOCK_MOVE", indexes = {
    @Index(name = "LOG_STOCK_MOVE_PRODUCT_IX", columnList = "PRODUCT_ID, ID"),
    @Index(name = "LOG_STOCK_MOVE_DAY_IX", columnList = "MOVED_ON")})
public class StockMoveEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_STOCK_MOVE_IDS")
    @TableGenerator(name = "LOG_STOCK_MOVE_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "STOCK_MOVE", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "MOVE_TYPE", length = 12, nullable = false)
    private MoveType type;

    @Column(name = "PRODUCT_ID", nullable = false)
    private long productId;

    @Column(name = "SKU", length = 40, nullable = false)
    private String sku;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UOM", nullable = false)
    private UnitEntity uom;

    @Column(name = "QUANTITY", precision = 19, scale = 4, nullable = false)
    private BigDecimal quantity;

    @Column(name = "FROM_WAREHOUSE", length = 20)
    private String fromWarehouse;

    @Column(name = "FROM_LOCATION", length = 40)
    private String fromLocation;

    @Column(name = "TO_WAREHOUSE", length = 20)
    private String toWarehouse;

    @Column(name = "TO_LOCATION", length = 40)
    private String toLocation;

    @Column(name = "REASON", length = 200)
    private String reason;

    @Column(name = "REFERENCE", length = 100)
    private String reference;

    @Column(name = "USER_NAME", length = 100, nullable = false)
    private String user;

    @Convert(converter = UtcInstant.class)
    @Column(name = "MOVED_AT", nullable = false)
    private Instant movedAt;

    /** The UTC day of {@link #movedAt}, for date filters with plain {@code LocalDate} parameters. */
    @Column(name = "MOVED_ON", nullable = false)
    private LocalDate movedOn;

    protected StockMoveEntity() {
    }

    public StockMoveEntity(MoveType type, ProductEntity product, BigDecimal quantity, Place from, Place to, String reason,
            String reference, String user, Instant movedAt) {
        this.type = type;
        this.productId = product.id();
        this.sku = product.sku();
        this.uom = product.uom();
        this.quantity = quantity;
        this.fromWarehouse = from == null ? null : from.warehouse();
        this.fromLocation = from == null ? null : from.location();
        this.toWarehouse = to == null ? null : to.warehouse();
        this.toLocation = to == null ? null : to.location();
        this.reason = reason;
        this.reference = reference;
        this.user = user;
        this.movedAt = movedAt;
        this.movedOn = LocalDate.ofInstant(movedAt, ZoneOffset.UTC);
    }

    long id() {
        return id;
    }

    /** The id of a move stored through JDBC (see {@link MoveBatch#insert}), from this entity's table generator. */
    void assignId(long newId) {
        this.id = newId;
    }

    MoveType type() {
        return type;
    }

    long productId() {
        return productId;
    }

    String sku() {
        return sku;
    }

    LocalDate movedOn() {
        return movedOn;
    }

    BigDecimal quantity() {
        return quantity;
    }

    String fromWarehouse() {
        return fromWarehouse;
    }

    String toWarehouse() {
        return toWarehouse;
    }

    String fromLocation() {
        return fromLocation;
    }

    String toLocation() {
        return toLocation;
    }

    UnitEntity uom() {
        return uom;
    }

    Instant movedAt() {
        return movedAt;
    }

    String reason() {
        return reason;
    }

    String reference() {
        return reference;
    }

    String user() {
        return user;
    }

    public StockMove toMove() {
        return new StockMove(id, type, sku, Quantities.display(quantity, uom), fromWarehouse, fromLocation,
                toWarehouse, toLocation, reason, reference, user, movedAt);
    }

    /** A location by codes, with its id for locking in a fixed order. */
    public record Place(long locationId, String warehouse, String location) {
    }
}
