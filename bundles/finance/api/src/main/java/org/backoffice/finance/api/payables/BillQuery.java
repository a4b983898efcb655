package org.backoffice.finance.api.payables;

import java.time.LocalDate;

import org.backoffice.finance.api.document.InvoiceStatus;

/**
 * Filters for bills; null means any.
 *
 * @param overdueOn only posted bills with an open amount that were due before this day
 * @param dueBy     only posted bills with an open amount due on or before this day
 */
public record BillQuery(String supplier, InvoiceStatus status, LocalDate overdueOn, LocalDate dueBy) {
}
