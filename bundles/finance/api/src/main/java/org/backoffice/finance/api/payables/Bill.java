package org.backoffice.finance.api.payables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.document.TaxAmount;

/**
 * A supplier bill.
 *
 * @param number            {@code BILL-2028-000001}, assigned when posted; {@code null} for drafts
 * @param supplierReference the supplier's own invoice number, unique per supplier
 * @param iban              the supplier's account to pay into, as given on the bill; {@code null} if unknown
 * @param lines             expense lines (the {@code account} of each is an expense or asset account)
 * @param open              what is still owed: gross less allocated payments
 * @param journalEntry      the entry that posted it
 */
public record Bill(long id, String number, InvoiceStatus status, String supplier, String supplierReference,
        LocalDate date, LocalDate dueDate, String currency, String iban, String description, List<InvoiceLine> lines,
        List<TaxAmount> taxes, BigDecimal net, BigDecimal tax, BigDecimal gross, BigDecimal open, Long journalEntry,
        long version) {
}
