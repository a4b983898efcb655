package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.logistics.api.stock.ReorderRule;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.warehouse.WarehouseEntity;
import org.backoffice.platform.support.jpa.VersionedRow;

/**
 * Table LOG_REORDER_RULE: one per product and warehouse. Stock moves lock the row ({@link StockWatch}) to measure the
 * available quantity before and after them one at a time.
 */
@Entity
@Table(name = "LOG_REORDER_RULE", uniqueConstraints = @UniqueConstraint(name = "LOG_REORDER_RULE_UK",
        columnNames = {"PRODUCT_ID", "WAREHOUSE_CODE"}))
public class ReorderRuleEntity extends VersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_REORDER_RULE_IDS")
    @TableGenerator(name = "LOG_REORDER_RULE_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "REORDER_RULE", allocationSize = 20)
    private Long id;

    @Column(name = "PRODUCT_ID", nullable = false)
    private long productId;

    @Column(name = "SKU", length = 40, nullable = false)
    private String sku;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UOM", nullable = false)
    private UnitEntity uom;

    @Column(name = "WAREHOUSE_ID", nullable = false)
    private long warehouseId;

    @Column(name = "WAREHOUSE_CODE", length = 20, nullable = false)
    private String warehouse;

    @Column(name = "MINIMUM", precision = 19, scale = 4, nullable = false)
    private BigDecimal minimum;

    @Column(name = "MAXIMUM", precision = 19, scale = 4, nullable = false)
    private BigDecimal maximum;

    @Column(name = "SUPPLIER", length = 40)
    private String supplier;

    @Column(name = "REORDER_MULTIPLE", precision = 19, scale = 4)
    private BigDecimal multiple;

    protected ReorderRuleEntity() {
    }

    ReorderRuleEntity(ProductEntity product, WarehouseEntity warehouse) {
        this.productId = product.id();
        this.sku = product.sku();
        this.uom = product.uom();
        this.warehouseId = warehouse.id();
        this.warehouse = warehouse.code();
    }

    void apply(ReorderRule rule) {
        this.minimum = rule.minimum();
        this.maximum = rule.maximum();
        this.supplier = rule.supplier();
        this.multiple = rule.multiple();
    }

    long productId() {
        return productId;
    }

    long warehouseId() {
        return warehouseId;
    }

    String sku() {
        return sku;
    }

    String warehouse() {
        return warehouse;
    }

    UnitEntity uom() {
        return uom;
    }

    BigDecimal minimum() {
        return minimum;
    }

    BigDecimal maximum() {
        return maximum;
    }

    BigDecimal multiple() {
        return multiple;
    }

    String supplier() {
        return supplier;
    }

    ReorderRule toRule() {
        return new ReorderRule(sku, warehouse, Quantities.display(minimum, uom), Quantities.display(maximum, uom),
                supplier, Quantities.display(multiple, uom), version());
    }
}
