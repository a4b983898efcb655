package org.backoffice.finance.api.payables;

import java.time.LocalDate;
import java.util.List;

import org.backoffice.finance.api.document.InvoiceLineDraft;

/**
 * A supplier bill to create or (while DRAFT) replace.
 *
 * @param supplier          partner code (a partner with the SUPPLIER role while the partners module is installed)
 * @param supplierReference required: the supplier's invoice number; unique per supplier
 * @param dueDate           when absent: date + the partner's payment terms, or + the configured default terms
 * @param currency          ISO 4217; the base currency when absent
 * @param iban              optional: the supplier's IBAN to pay into (used by payment-run exports)
 * @param lines             each line's {@code account} defaults to the configured purchases account
 * @param version           required on update, ignored on create
 */
public record BillDraft(String supplier, String supplierReference, LocalDate date, LocalDate dueDate,
        String currency, String iban, String description, List<InvoiceLineDraft> lines, Long version) {
}
