package org.backoffice.finance.impl.ledger;

import java.util.List;

import javax.persistence.EntityManager;

/**
 * FIN_BALANCE rows: one per account and period, created with the account or the fiscal year, so posting only ever
 * updates them (see {@link PostingBatch#writeBalances}).
 */
public final class Balances {

    private Balances() {
    }

    /** Zero rows for the given accounts and periods that do not have one yet. */
    public static void createRows(EntityManager em, List<String> accounts, List<String> periods) {
        for (String account : accounts) {
            for (String period : periods) {
                if (em.find(BalanceEntity.class, new BalanceEntity.Key(account, period)) == null) {
                    em.persist(new BalanceEntity(account, period));
                }
            }
        }
    }
}
