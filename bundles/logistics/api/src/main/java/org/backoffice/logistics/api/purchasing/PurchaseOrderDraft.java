package org.backoffice.logistics.api.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order to create (as DRAFT).
 *
 * @param supplier     partner code of the supplier; checked against the partners directory when it is installed
 * @param warehouse    code of the warehouse the goods go to
 * @param expectedDate when the goods are expected; optional
 * @param currency     ISO 4217 currency of the unit prices
 * @param lines        at least one; each SKU at most once
 */
public record PurchaseOrderDraft(String supplier, String warehouse, LocalDate expectedDate, String currency,
        List<Line> lines) {

    public PurchaseOrderDraft {
        lines = lines == null ? null : List.copyOf(lines);
    }

    /**
     * @param quantity  more than zero, at most the product unit's decimals
     * @param unitPrice zero or more, at most the currency's minor digits
     */
    public record Line(String sku, BigDecimal quantity, BigDecimal unitPrice) {
    }
}
