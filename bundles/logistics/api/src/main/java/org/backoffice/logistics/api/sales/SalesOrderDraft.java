package org.backoffice.logistics.api.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales order to create (as DRAFT).
 *
 * @param customer      a partner code; checked against the partners module when it is installed
 * @param warehouse     the warehouse the goods leave from
 * @param requestedDate when the customer wants the goods; today (UTC) when absent
 * @param currency      ISO 4217 currency of the prices; when absent the customer's currency, else the base currency
 *                      configured for sales (PID {@code org.backoffice.logistics.sales}, key {@code baseCurrency})
 */
public record SalesOrderDraft(String customer, String warehouse, LocalDate requestedDate, String currency,
        List<Line> lines) {

    /**
     * @param quantity  more than zero, at most the decimals of {@code unit}
     * @param unitPrice price of one {@code unit}: zero or more, at most the currency's minor digits
     * @param unit      the unit sold in: the product's own (the default) or one it has a conversion for (a box of
     *                  12); the line keeps both the ordered and the converted quantity
     */
    public record Line(String sku, BigDecimal quantity, BigDecimal unitPrice, String unit) {

        /** A line in the product's own unit. */
        public Line(String sku, BigDecimal quantity, BigDecimal unitPrice) {
            this(sku, quantity, unitPrice, null);
        }
    }
}
