package org.backoffice.finance.api.receivables;

import java.time.LocalDate;
import java.util.List;

import org.backoffice.finance.api.document.InvoiceLineDraft;

/**
 * A credit note against a posted invoice; posted at once.
 *
 * @param date  the invoice's date or later; today when absent
 * @param lines what is credited; when absent, the whole invoice (all its lines)
 */
public record CreditNoteDraft(Long invoice, LocalDate date, String reason, List<InvoiceLineDraft> lines) {
}
