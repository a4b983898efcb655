package org.backoffice.finance.api.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.TaxAmount;

/** A posted credit note ({@code CN-2026-000001}); its gross reduced the invoice's open amount. */
public record CreditNote(long id, String number, long invoice, String invoiceNumber, String customer,
        LocalDate date, String currency, String reason, List<InvoiceLine> lines, List<TaxAmount> taxes,
        BigDecimal net, BigDecimal tax, BigDecimal gross, Long journalEntry) {
}
