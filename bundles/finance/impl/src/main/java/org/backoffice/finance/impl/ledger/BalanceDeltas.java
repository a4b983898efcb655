package org.backoffice.finance.impl.ledger;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backoffice.finance.api.ledger.JournalLine;

/**
 * The balance changes of one posting writer transaction: base debits and credits summed per account and period while
 * the group posts, then written to FIN_BALANCE with one statement per account, in account and period order, so that
 * concurrent writers lock balance rows in one order. Not thread-safe: it lives on the writer thread.
 */
final class BalanceDeltas {

    private static final String ADD_BALANCE = "UPDATE FIN_BALANCE SET DEBIT = DEBIT + CAST(? AS DECIMAL(19,4)),"
            + " CREDIT = CREDIT + CAST(? AS DECIMAL(19,4)) WHERE ACCOUNT_CODE = ? AND PERIOD_ID = ?";

    /** Account code, then period id, then {debit, credit}. */
    private final Map<String, Map<String, BigDecimal[]>> byAccount = new TreeMap<>();

    /** Adds the base amounts of posted lines to their accounts' deltas in the period. */
    void add(String period, List<JournalLine> lines) {
        for (JournalLine line : lines) {
            BigDecimal[] delta = byAccount.computeIfAbsent(line.account(), a -> new TreeMap<>())
                    .computeIfAbsent(period, p -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (line.baseDebit() != null) {
                delta[0] = delta[0].add(line.baseDebit());
            }
            if (line.baseCredit() != null) {
                delta[1] = delta[1].add(line.baseCredit());
            }
        }
    }

    /** The summed {debit, credit} of an account in a period, zeros when nothing was posted there. */
    BigDecimal[] delta(String account, String period) {
        BigDecimal[] delta = byAccount.getOrDefault(account, Map.of()).get(period);
        return delta == null ? new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO} : delta.clone();
    }

    /** Writes the deltas gathered so far and forgets them; every balance row must exist. */
    void write(BatchStatements statements) {
        try {
            for (Map.Entry<String, Map<String, BigDecimal[]>> account : byAccount.entrySet()) {
                Map<String, BigDecimal[]> periodDeltas = account.getValue();
                // one statement per account: its periods' rows are updated (and locked) in period order
                PreparedStatement update = statements.statement(periodDeltas.size() == 1 ? ADD_BALANCE
                        : addBalances(periodDeltas.size()));
                int index = 1;
                if (periodDeltas.size() == 1) {
                    Map.Entry<String, BigDecimal[]> only = periodDeltas.entrySet().iterator().next();
                    BatchStatements.setDecimal(update, index++, only.getValue()[0]);
                    BatchStatements.setDecimal(update, index++, only.getValue()[1]);
                    update.setString(index++, account.getKey());
                    update.setString(index, only.getKey());
                } else {
                    for (int column = 0; column < 2; column++) {
                        for (Map.Entry<String, BigDecimal[]> delta : periodDeltas.entrySet()) {
                            update.setString(index++, delta.getKey());
                            BatchStatements.setDecimal(update, index++, delta.getValue()[column]);
                        }
                    }
                    update.setString(index++, account.getKey());
                    for (String period : periodDeltas.keySet()) {
                        update.setString(index++, period);
                    }
                }
                if (update.executeUpdate() != periodDeltas.size()) {
                    throw new IllegalStateException("missing balance rows for account " + account.getKey() + " in "
                            + periodDeltas.keySet());
                }
            }
            byAccount.clear();
        } catch (SQLException e) {
            throw BatchStatements.failure("balances", e);
        }
    }

    /** The update of one account's balances in {@code periods} periods. */
    static String addBalances(int periods) {
        StringBuilder debit = new StringBuilder("CASE");
        StringBuilder credit = new StringBuilder("CASE");
        for (int i = 0; i < periods; i++) {
            debit.append(" WHEN PERIOD_ID = ? THEN CAST(? AS DECIMAL(19,4))");
            credit.append(" WHEN PERIOD_ID = ? THEN CAST(? AS DECIMAL(19,4))");
        }
        return "UPDATE FIN_BALANCE SET DEBIT = DEBIT + " + debit + " ELSE 0 END, CREDIT = CREDIT + " + credit
                + " ELSE 0 END WHERE ACCOUNT_CODE = ? AND PERIOD_ID IN (" + "?, ".repeat(periods - 1) + "?)";
    }
}
