package org.backoffice.finance.api;

import java.math.BigDecimal;

/**
 * One line of an invoice or credit note to save.
 *
 * @param quantity  more than zero, at most 4 decimals
 * @param unitPrice zero or more, at most 4 decimals
 * @param account   income account; the configured sales account when absent
 */
public record InvoiceLineDraft(String description, BigDecimal quantity, BigDecimal unitPrice, String taxCode,
        String account) {
}
