package org.backoffice.finance.api.document;

import java.math.BigDecimal;

/**
 * A saved line.
 *
 * @param taxRate the tax code's rate when the line was saved
 * @param net     quantity × unit price, rounded half-up to the currency's decimals
 */
public record InvoiceLine(int lineNo, String description, BigDecimal quantity, BigDecimal unitPrice, String taxCode,
        BigDecimal taxRate, String account, BigDecimal net) {
}
