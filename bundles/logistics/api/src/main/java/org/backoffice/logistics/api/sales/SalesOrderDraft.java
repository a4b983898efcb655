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
     * @param quantity  more than zero, at most the product unit's decimals
     * @param unitPrice zero or more, at most the currency's minor digits
     */
    public record Line(String sku, BigDecimal quantity, BigDecimal unitPrice) {
    }
}
