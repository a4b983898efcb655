package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
}
