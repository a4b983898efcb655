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
            int updated = em.createQuery("UPDATE BalanceEntity b SET b.debit = b.debit + :debit,"
                    + " b.credit = b.credit + :credit WHERE b.account = :account AND b.period = :period")
                    .setParameter("debit", delta.getValue()[0])
                    .setParameter("credit", delta.getValue()[1])
                    .setParameter("account", delta.getKey())
                    .setParameter("period", period)
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
