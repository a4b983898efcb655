package org.backoffice.finance.api.dunning;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dunning run should do.
 *
 * @param date     the day of the run: invoices due before it are overdue; today when absent
 * @param preview  true to compute the notices without saving anything
 * @param invoices only these invoices (ids); all overdue invoices when absent
 * @param level    issue exactly this level for {@code invoices} (required with it) instead of the next level due;
 *                 refused for an invoice that already received this level or a higher one
 */
public record DunningRunRequest(LocalDate date, Boolean preview, List<Long> invoices, Integer level) {
}
