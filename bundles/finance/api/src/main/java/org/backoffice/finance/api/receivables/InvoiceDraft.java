package org.backoffice.finance.api.receivables;

import java.time.LocalDate;
import java.util.List;

import org.backoffice.finance.api.document.InvoiceLineDraft;

/**
 * A customer invoice to create or (while DRAFT) replace.
 *
 * @param customer partner code
 * @param dueDate  when absent: date + the partner's payment terms, or + the configured default terms
 * @param currency ISO 4217; the base currency when absent
 * @param version  required on update, ignored on create
 */
public record InvoiceDraft(String customer, LocalDate date, LocalDate dueDate, String currency, String reference,
        List<InvoiceLineDraft> lines, Long version) {

    /** The most lines one document takes: invoices, credit notes and bills alike. */
    public static final int MAX_LINES = 500;
}
