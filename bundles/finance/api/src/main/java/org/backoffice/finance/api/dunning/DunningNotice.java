package org.backoffice.finance.api.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A dunning notice to one customer: the overdue invoices that reached a new level, the highest of those levels, and
 * that level's fee (once per notice). When fees are posted, the fee is charged as an invoice of its own (referencing
 * the notice, due on the notice's date), so it is an open item like any other: in the aging, payable by receipts,
 * matched by the bank. Fee invoices are not dunned themselves.
 *
 * @param id           {@code null} in a preview
 * @param number       {@code DUN-YYYY-NNNNNN}, gapless per fiscal year; {@code null} in a preview
 * @param total        the open amounts of the invoices, in {@code currency}
 * @param journalEntry the fee invoice's journal entry; {@code null} without fee or when fees are not posted
 * @param feeInvoice   the fee invoice; {@code null} without fee or when fees are not posted
 */
public record DunningNotice(Long id, String number, Long run, String customer, LocalDate date, int level,
        String levelName, List<Item> invoices, BigDecimal total, BigDecimal fee, String currency, Long journalEntry,
        Long feeInvoice) {

    public DunningNotice {
        invoices = List.copyOf(invoices);
    }

    /** One invoice on a notice, as it stood on the notice's date, and the level it received. */
    public record Item(long invoice, String number, LocalDate dueDate, int daysOverdue, BigDecimal open, int level) {
    }
}
