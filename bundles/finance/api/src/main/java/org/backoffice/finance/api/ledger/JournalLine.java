package org.backoffice.finance.api.ledger;

import java.math.BigDecimal;

/**
 * A stored line: the amount as entered ({@code debit}/{@code credit} in {@code currency}) and its value in the base
 * currency at the entry date's rate.
 */
public record JournalLine(int lineNo, String account, BigDecimal debit, BigDecimal credit, String currency,
        BigDecimal rate, BigDecimal baseDebit, BigDecimal baseCredit, String partner, String memo) {
}
