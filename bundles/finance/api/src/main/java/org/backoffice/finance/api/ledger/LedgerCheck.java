package org.backoffice.finance.api.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * The consistency check: the stored per-account, per-period balances against a recomputation from the posted lines.
 */
public record LedgerCheck(boolean consistent, long postedEntries, long postedLines, List<Difference> differences) {

    public LedgerCheck {
        differences = List.copyOf(differences);
    }

    public record Difference(String account, String period, BigDecimal storedDebit, BigDecimal storedCredit,
            BigDecimal linesDebit, BigDecimal linesCredit) {
    }
}
