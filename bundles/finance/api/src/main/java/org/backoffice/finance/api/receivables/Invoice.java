package org.backoffice.finance.api.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.document.TaxAmount;

/**
 * A customer invoice.
 *
 * @param number       {@code INV-2026-000001}, assigned when posted; {@code null} for drafts
 * @param open         what the customer still owes: gross less credit notes and allocated receipts
 * @param journalEntry the entry that posted it
 */
public record Invoice(long id, String number, InvoiceStatus status, String customer, LocalDate date,
        LocalDate dueDate, String currency, String reference, List<InvoiceLine> lines, List<TaxAmount> taxes,
        BigDecimal net, BigDecimal tax, BigDecimal gross, BigDecimal open, Long journalEntry, long version) {
}
