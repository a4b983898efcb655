package org.backoffice.finance.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An account's posted lines in a date range with the running balance (debit positive), in the base currency. */
public record GeneralLedger(String account, String name, LocalDate from, LocalDate to, BigDecimal opening,
        List<Line> lines, BigDecimal closing) {

    public GeneralLedger {
        lines = List.copyOf(lines);
    }

    public record Line(LocalDate date, long entryId, String number, String description, BigDecimal debit,
            BigDecimal credit, BigDecimal balance, String partner, String memo) {
    }
}
