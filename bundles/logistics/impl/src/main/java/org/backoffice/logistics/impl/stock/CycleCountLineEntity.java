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
import org.backoffice.logistics.api.stock.CycleCount;
import org.backoffice.logistics.impl.Quantities;

/** Table LOG_CYCLE_COUNT_LINE: expected (snapshot at opening) and counted quantity of one product. */
@Entity
@Table(name = "LOG_CYCLE_COUNT_LINE", uniqueConstraints = @UniqueConstraint(name = "LOG_CC_LINE_PRODUCT_UK",
        columnNames = {"COUNT_ID", "PRODUCT_ID"}))
public class CycleCountLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_CYCLE_COUNT_LINE_IDS")
    @TableGenerator(name = "LOG_CYCLE_COUNT_LINE_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "CYCLE_COUNT_LINE", allocationSize = 50)
    private Long id;

    @Column(name = "COUNT_ID", nullable = false)
    private long countId;

    @Column(name = "PRODUCT_ID", nullable = false)
    private long productId;

    @Column(name = "SKU", length = 40, nullable = false)
    private String sku;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UOM", nullable = false)
    private UnitEntity uom;

    @Column(name = "EXPECTED", precision = 19, scale = 4, nullable = false)
    private BigDecimal expected;

    @Column(name = "COUNTED", precision = 19, scale = 4)
    private BigDecimal counted;

    protected CycleCountLineEntity() {
    }

    CycleCountLineEntity(long countId, long productId, String sku, UnitEntity uom, BigDecimal expected) {
        this.countId = countId;
        this.productId = productId;
        this.sku = sku;
        this.uom = uom;
        this.expected = expected;
    }

    long productId() {
        return productId;
    }

    String sku() {
        return sku;
    }

    UnitEntity uom() {
        return uom;
    }

    BigDecimal expected() {
        return expected;
    }

    BigDecimal counted() {
        return counted;
    }

    void setCounted(BigDecimal counted) {
        this.counted = counted;
    }

    /** Counted minus expected, or null while not counted. */
    BigDecimal difference() {
        return counted == null ? null : counted.subtract(expected);
    }

    CycleCount.Line toLine() {
        return new CycleCount.Line(sku, uom.code(), Quantities.display(expected, uom), Quantities.display(counted, uom),
                Quantities.display(difference(), uom));
    }
}
