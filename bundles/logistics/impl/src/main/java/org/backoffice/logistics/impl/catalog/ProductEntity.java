package org.backoffice.logistics.impl.catalog;

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
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.CreatedVersionedRow;

/** Table LOG_PRODUCT. Never leaves the service: {@link #toProduct()} is what callers get. */
@Entity
@Table(name = "LOG_PRODUCT", uniqueConstraints = {
    @UniqueConstraint(name = "LOG_PRODUCT_SKU_UK", columnNames = "SKU"),
    @UniqueConstraint(name = "LOG_PRODUCT_GTIN_UK", columnNames = "GTIN")})
public class ProductEntity extends CreatedVersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_PRODUCT_IDS")
    @TableGenerator(name = "LOG_PRODUCT_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PRODUCT", allocationSize = 50)
    private Long id;

    @Column(name = "SKU", length = 40, nullable = false)
    private String sku;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UOM", nullable = false)
    private UnitEntity uom;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRODUCT_TYPE", length = 10, nullable = false)
    private ProductType type;

    @Column(name = "GTIN", length = 14)
    private String gtin;

    @Column(name = "STANDARD_COST", precision = 19, scale = 4)
    private BigDecimal standardCost;

    @Column(name = "LIST_PRICE", precision = 19, scale = 4)
    private BigDecimal listPrice;

    @Column(name = "CURRENCY", length = 3)
    private String currency;

    /** Added in 2.1; null on older products. */
    @Column(name = "TAX_CODE", length = 20)
    private String taxCode;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Convert(converter = UtcInstant.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected ProductEntity() {
    }

    private ProductEntity(Instant createdAt) {
        super(createdAt);
    }

    static ProductEntity create(Product product, UnitEntity unit, Instant now) {
        ProductEntity entity = new ProductEntity(now);
        entity.sku = product.sku();
        entity.active = product.active() == null || product.active();
        entity.apply(product, unit, now);
        return entity;
    }

    /** Copies every field but SKU, id and version; {@code unit} is the stored unit {@code product.uom()} names. */
    void apply(Product product, UnitEntity unit, Instant now) {
        name = product.name();
        uom = unit;
        type = product.type();
        gtin = product.gtin();
        standardCost = product.standardCost();
        listPrice = product.listPrice();
        currency = product.currency();
        taxCode = product.taxCode();
        if (product.active() != null) {
            active = product.active();
        }
        updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public UnitEntity uom() {
        return uom;
    }

    public ProductType type() {
        return type;
    }

    public boolean active() {
        return active;
    }


    public Product toProduct() {
        return new Product(sku, name, uom.code(), type, gtin, Money.display(standardCost, currency),
                Money.display(listPrice, currency), currency, taxCode, active, version());
    }
}
