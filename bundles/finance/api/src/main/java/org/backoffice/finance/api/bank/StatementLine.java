package org.backoffice.finance.api.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One booking of a statement; {@code amount} is signed from the company's side (money in positive).
 *
 * @param matchKind      what the line settled: {@code INVOICE}, {@code RECEIPT}, {@code BILL}, {@code PAYMENT} or
 *                       {@code EXPLANATION}
 * @param matchedId      the invoice, receipt, bill or supplier payment id
 * @param receipt        the receipt linked or created by the match (money in)
 * @param payment        the supplier payment linked or created by the match (money out)
 * @param receiptCreated whether the match created that receipt or supplier payment (such a match is reversed, not
 *                       unmatched)
 * @param account        the account an explanation was posted to
 * @param journalEntry   the entry the match posted (a created receipt's or an explanation's)
 */
public record StatementLine(Long id, long statement, int lineNo, LocalDate bookingDate, LocalDate valueDate,
        BigDecimal amount, String currency, String text, String counterparty, String counterpartyIban,
        String reference, StatementLineStatus status, String matchKind, Long matchedId, String matchedNumber,
        Long receipt, Long payment, boolean receiptCreated, String explanation, String account, Long journalEntry) {
}
