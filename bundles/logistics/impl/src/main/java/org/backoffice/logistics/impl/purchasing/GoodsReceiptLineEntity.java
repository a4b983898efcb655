package org.backoffice.logistics.impl.purchasing;

import java.math.BigDecimal;

import javax.persistence.Column;
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
import org.backoffice.logistics.api.purchasing.GoodsReceipt;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.platform.api.Money;

/** Table LOG_GOODS_RECEIPT_LINE: one received quantity and the RECEIPT move it made. */
@Entity
@Table(name = "LOG_GOODS_RECEIPT_LINE",
        indexes = @Index(name = "LOG_GR_LINE_RECEIPT_IX", columnList = "RECEIPT_ID"))
public class GoodsReceiptLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_GOODS_RECEIPT_LINE_IDS")
    @TableGenerator(name = "LOG_GOODS_RECEIPT_LINE_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "GOODS_RECEIPT_LINE", allocationSize = 50)
    private Long id;

    @Column(name = "RECEIPT_ID", nullable = false)
    private long receiptId;

    @Column(name = "LINE_NO", nullable = false)
    private int lineNo;

    @Column(name = "SKU", length = 40, nullable = false)
    private String sku;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UOM", nullable = false)
    private UnitEntity uom;

    @Column(name = "QUANTITY", precision = 19, scale = 4, nullable = false)
    private BigDecimal quantity;

    @Column(name = "LOCATION_CODE", length = 40, nullable = false)
    private String location;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "MOVE_ID", nullable = false)
    private long moveId;

    protected GoodsReceiptLineEntity() {
    }

    GoodsReceiptLineEntity(long receiptId, int lineNo, String sku, UnitEntity uom, BigDecimal quantity,
            String location, BigDecimal unitPrice, long moveId) {
        this.receiptId = receiptId;
        this.lineNo = lineNo;
        this.sku = sku;
        this.uom = uom;
        this.quantity = quantity;
        this.location = location;
        this.unitPrice = unitPrice;
        this.moveId = moveId;
    }

    int lineNo() {
        return lineNo;
    }

    long receiptId() {
        return receiptId;
    }

    GoodsReceipt.Line toLine(String currency) {
        return new GoodsReceipt.Line(sku, Quantities.display(quantity, uom), location,
                Money.display(unitPrice, currency),
                Money.display(ReceiptMath.lineTotal(quantity, unitPrice, currency), currency), moveId);
    }
}
