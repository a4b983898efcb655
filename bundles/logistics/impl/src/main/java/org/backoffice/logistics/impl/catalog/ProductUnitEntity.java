package org.backoffice.logistics.impl.catalog;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.logistics.api.catalog.UnitConversion;

/** Table LOG_PRODUCT_UNIT: one unit a product may also be ordered or received in, and how many of its own it holds. */
@Entity
@Table(name = "LOG_PRODUCT_UNIT", uniqueConstraints = @UniqueConstraint(name = "LOG_PRODUCT_UNIT_UK",
        columnNames = {"PRODUCT_ID", "UNIT"}))
public class ProductUnitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_PRODUCT_UNIT_IDS")
    @TableGenerator(name = "LOG_PRODUCT_UNIT_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PRODUCT_UNIT", allocationSize = 20)
    private Long id;

    @Column(name = "PRODUCT_ID", nullable = false)
    private long productId;

    @Column(name = "UNIT", length = UnitEntity.CODE_LENGTH, nullable = false)
    private String unit;

    @Column(name = "FACTOR", precision = 19, scale = 6, nullable = false)
    private BigDecimal factor;

    protected ProductUnitEntity() {
    }

    ProductUnitEntity(long productId, String unit, BigDecimal factor) {
        this.productId = productId;
        this.unit = unit;
        this.factor = factor;
    }

    String unit() {
        return unit;
    }

    BigDecimal factor() {
        return factor;
    }

    void setFactor(BigDecimal factor) {
        this.factor = factor;
    }

    UnitConversion toConversion() {
        return new UnitConversion(unit, factor.stripTrailingZeros().scale() < 0
                ? factor.setScale(0) : factor.stripTrailingZeros());
    }
}
