package org.backoffice.finance.api.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The bank's ledger account against the statement: the ledger balance (in the bank's currency) on the statement's
 * closing date, the statement's closing balance, their difference (statement less ledger) and the lines not yet
 * matched or explained.
 */
public record Reconciliation(long statement, String bankAccount, String ledgerAccount, LocalDate closingDate,
        String currency, BigDecimal ledgerBalance, BigDecimal statementBalance, BigDecimal difference,
        StatementStatus status, List<StatementLine> unmatchedLines) {
}
