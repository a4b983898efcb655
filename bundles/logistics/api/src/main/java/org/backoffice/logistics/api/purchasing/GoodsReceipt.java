package org.backoffice.logistics.api.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A stored goods receipt; each line made one RECEIPT stock move ({@code moveId}). */
public record GoodsReceipt(long id, long purchaseOrderId, String purchaseOrderNumber, String supplier,
        String warehouse, String currency, String reference, List<Line> lines, BigDecimal total, Instant receivedAt,
        String user) {

    public GoodsReceipt {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, BigDecimal quantity, String location, BigDecimal unitPrice, BigDecimal lineTotal,
            long moveId) {
    }
}
