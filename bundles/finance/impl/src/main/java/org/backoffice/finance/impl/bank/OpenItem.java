package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Something a statement line may settle, as the matching rules see it.
 *
 * @param kind        the {@link OpenItemSource#kind() source}'s kind, e.g. {@code INVOICE}
 * @param number      the document number (found in remittance texts)
 * @param reference   the document's own reference (also looked for), may be absent
 * @param partner     the partner code, may be absent
 * @param partnerName the partner's name when known, may be absent
 * @param amount      what the bank would show for it: positive for money in (invoices, receipts), negative for money
 *                    out (bills, supplier payments)
 * @param date        the date the date-window rule compares with (an invoice's due date, a receipt's date)
 */
record OpenItem(String kind, long id, String number, String reference, String partner, String partnerName,
        BigDecimal amount, LocalDate date) {
}
