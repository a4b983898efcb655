package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.platform.api.Money;

/**
 * A statement as read from a file, before it is checked against a bank account. Balances may be absent (CSV);
 * amounts are signed from the account holder's side (money in positive).
 */
record ParsedStatement(String statementId, String sequenceNumber, String iban, String currency,
        BigDecimal openingBalance, BigDecimal closingBalance, LocalDate closingDate, List<Line> lines) {

    record Line(LocalDate bookingDate, LocalDate valueDate, BigDecimal amount, String currency, String text,
            String counterparty, String counterpartyIban, String reference) {
    }

    BigDecimal sum() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Why opening plus the lines is not the closing balance, or null when it is. */
    static String unbalanced(BigDecimal opening, BigDecimal sum, BigDecimal closing, String currency) {
        if (opening.add(sum).compareTo(closing) == 0) {
            return null;
        }
        return "opening balance " + Money.display(opening, currency) + " plus the lines " + Money.display(sum,
                currency) + " is " + Money.display(opening.add(sum), currency) + ", not the closing balance "
                + Money.display(closing, currency);
    }
}
