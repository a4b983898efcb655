package org.backoffice.finance.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One booking of a statement; {@code amount} is signed from the company's side (money in positive).
 *
 * @param matchKind      what the line settled: {@code INVOICE}, {@code RECEIPT} or {@code EXPLANATION}
 * @param matchedId      the invoice or receipt id
 * @param receipt        the receipt linked or created by the match
 * @param receiptCreated whether the match created that receipt (such a match is reversed, not unmatched)
 * @param account        the account an explanation was posted to
 * @param journalEntry   the entry the match posted (a created receipt's or an explanation's)
 */
public record StatementLine(Long id, long statement, int lineNo, LocalDate bookingDate, LocalDate valueDate,
        BigDecimal amount, String currency, String text, String counterparty, String counterpartyIban,
        String reference, StatementLineStatus status, String matchKind, Long matchedId, String matchedNumber,
        Long receipt, boolean receiptCreated, String explanation, String account, Long journalEntry) {
}
