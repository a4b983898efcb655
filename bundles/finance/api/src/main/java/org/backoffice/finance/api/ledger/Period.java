package org.backoffice.finance.api.ledger;

import java.time.LocalDate;

/**
 * A monthly accounting period.
 *
 * @param id         {@code YYYY-MM} of its first day, e.g. {@code 2026-11}
 * @param fiscalYear named by the calendar year it starts in: a fiscal year from July 2026 to June 2027 is 2026
 */
public record Period(String id, int fiscalYear, LocalDate start, LocalDate end, PeriodStatus status) {
}
