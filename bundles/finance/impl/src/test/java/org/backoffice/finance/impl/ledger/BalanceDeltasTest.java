package org.backoffice.finance.impl.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.finance.api.ledger.JournalLine;
import org.junit.jupiter.api.Test;

class BalanceDeltasTest {

    private static JournalLine line(String account, String baseDebit, String baseCredit) {
        BigDecimal debit = baseDebit == null ? null : new BigDecimal(baseDebit);
        BigDecimal credit = baseCredit == null ? null : new BigDecimal(baseCredit);
        return new JournalLine(1, account, debit, credit, "EUR", BigDecimal.ONE, debit, credit, null, null);
    }

    @Test
    void postingsAreSummedPerAccountAndPeriod() {
        BalanceDeltas deltas = new BalanceDeltas();
        deltas.add("2026-03", List.of(line("1100", "100", null), line("4000", null, "100")));
        deltas.add("2026-03", List.of(line("1100", "20.50", null), line("1100", null, "5")));
        deltas.add("2026-04", List.of(line("1100", "7", null)));

        assertArrayEquals(new BigDecimal[] {new BigDecimal("120.50"), new BigDecimal("5")},
                deltas.delta("1100", "2026-03"));
        assertArrayEquals(new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("100")}, deltas.delta("4000", "2026-03"));
        assertArrayEquals(new BigDecimal[] {new BigDecimal("7"), BigDecimal.ZERO}, deltas.delta("1100", "2026-04"));
        assertArrayEquals(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}, deltas.delta("4000", "2026-04"));
    }

    @Test
    void oneStatementUpdatesAnAccountsPeriodsTogether() {
        assertEquals("UPDATE FIN_BALANCE SET DEBIT = DEBIT + CASE WHEN PERIOD_ID = ? THEN CAST(? AS DECIMAL(19,4))"
                + " WHEN PERIOD_ID = ? THEN CAST(? AS DECIMAL(19,4)) ELSE 0 END, CREDIT = CREDIT + CASE"
                + " WHEN PERIOD_ID = ? THEN CAST(? AS DECIMAL(19,4)) WHEN PERIOD_ID = ? THEN CAST(? AS DECIMAL(19,4))"
                + " ELSE 0 END WHERE ACCOUNT_CODE = ? AND PERIOD_ID IN (?, ?)", BalanceDeltas.addBalances(2));
    }
}
