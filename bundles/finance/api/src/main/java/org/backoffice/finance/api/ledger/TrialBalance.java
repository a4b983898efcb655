package org.backoffice.finance.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Per account: balance before {@code from} (debit positive), debits and credits within the range, balance at
 * {@code to}. Totals of debits and credits are equal in a consistent ledger.
 */
public record TrialBalance(LocalDate from, LocalDate to, String currency, List<Line> lines, Totals totals) {

    public TrialBalance {
        lines = List.copyOf(lines);
    }

    public record Line(String account, String name, AccountType type, BigDecimal opening, BigDecimal debit,
            BigDecimal credit, BigDecimal closing) {
    }

    public record Totals(BigDecimal opening, BigDecimal debit, BigDecimal credit, BigDecimal closing) {
    }
}
