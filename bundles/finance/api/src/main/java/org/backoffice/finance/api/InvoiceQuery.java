package org.backoffice.finance.api;

import java.time.LocalDate;

/**
 * Filters for invoices; null means any.
 *
 * @param overdueOn only posted invoices with an open amount that were due before this day
 */
public record InvoiceQuery(String customer, InvoiceStatus status, LocalDate overdueOn, LocalDate from, LocalDate to) {
}
