package org.backoffice.finance.impl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

/**
 * Keeps FIN_BALANCE in step with posted lines. Rows exist for every account and period (created with the account or
 * the fiscal year), and are updated in account order, so concurrent postings lock them in the same order.
 */
final class Balances {

    private static final String UPDATE = "UPDATE FIN_BALANCE SET DEBIT = DEBIT + CAST(? AS DECIMAL(19,4)),"
            + " CREDIT = CREDIT + CAST(? AS DECIMAL(19,4)) WHERE ACCOUNT_CODE = ? AND PERIOD_ID = ?";

    private Balances() {
    }

    /** Adds the base amounts of the lines to their accounts' balances in the period. */
    static void add(EntityManager em, String period, List<JournalLineEntity> lines) {
        Map<String, BigDecimal[]> deltas = new TreeMap<>();
        for (JournalLineEntity line : lines) {
            BigDecimal[] delta = deltas.computeIfAbsent(line.account(),
                    a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (line.baseDebit() != null) {
                delta[0] = delta[0].add(line.baseDebit());
            }
            if (line.baseCredit() != null) {
                delta[1] = delta[1].add(line.baseCredit());
            }
        }
        for (Map.Entry<String, BigDecimal[]> delta : deltas.entrySet()) {
            // native, with typed parameters: JPQL arithmetic on parameters makes EclipseLink inline the values for
            // Derby, and every distinct statement text is compiled again while the balance row is locked
            int updated = em.createNativeQuery(UPDATE)
                    .setParameter(1, delta.getValue()[0])
                    .setParameter(2, delta.getValue()[1])
                    .setParameter(3, delta.getKey())
                    .setParameter(4, period)
                    .executeUpdate();
            if (updated == 0) {
                throw new IllegalStateException("no balance row for account " + delta.getKey() + " in " + period);
            }
        }
    }

    /** Zero rows for the given accounts and periods that do not have one yet. */
    static void createRows(EntityManager em, List<String> accounts, List<String> periods) {
        for (String account : accounts) {
            for (String period : periods) {
                if (em.find(BalanceEntity.class, new BalanceEntity.Key(account, period)) == null) {
                    em.persist(new BalanceEntity(account, period));
                }
            }
        }
    }
}
