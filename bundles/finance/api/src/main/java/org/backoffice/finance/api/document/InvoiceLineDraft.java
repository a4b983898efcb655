package org.backoffice.finance.api.document;

import java.math.BigDecimal;

/**
 * One line of an invoice, credit note or supplier bill to save.
 *
 * @param quantity  more than zero, at most 4 decimals
 * @param unitPrice zero or more, at most 4 decimals
 * @param account   income account (expense account on a bill); the configured sales (purchases) account when absent
 */
public record InvoiceLineDraft(String description, BigDecimal quantity, BigDecimal unitPrice, String taxCode,
        String account) {
}
