package org.backoffice.finance.api.document;

import java.time.LocalDate;
import java.util.List;

/** Receivables aging as of a day, in one currency, by customer code. */
public record AgingReport(LocalDate asOf, String currency, List<AgingRow> items, AgingRow totals) {
}
