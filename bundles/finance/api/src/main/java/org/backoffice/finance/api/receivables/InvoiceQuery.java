package org.backoffice.finance.api.receivables;

import java.time.LocalDate;

import org.backoffice.finance.api.document.InvoiceStatus;

/**
 * Filters for invoices; null means any.
 *
 * @param overdueOn only posted invoices with an open amount that were due before this day
 */
public record InvoiceQuery(String customer, InvoiceStatus status, LocalDate overdueOn, LocalDate from, LocalDate to) {
}
