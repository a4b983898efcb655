package org.backoffice.finance.api;

import java.time.LocalDate;

/**
 * Filters for bills; null means any.
 *
 * @param overdueOn only posted bills with an open amount that were due before this day
 * @param dueBy     only posted bills with an open amount due on or before this day
 */
public record BillQuery(String supplier, InvoiceStatus status, LocalDate overdueOn, LocalDate dueBy) {
}
