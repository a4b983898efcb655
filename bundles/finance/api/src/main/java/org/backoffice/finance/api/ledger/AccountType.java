package org.backoffice.finance.api.ledger;

/** The five account classes; assets and expenses grow with debits, the others with credits. */
public enum AccountType {
    ASSET(true),
    LIABILITY(false),
    EQUITY(false),
    INCOME(false),
    EXPENSE(true);

    private final boolean debitNormal;

    AccountType(boolean debitNormal) {
        this.debitNormal = debitNormal;
    }

    public boolean debitNormal() {
        return debitNormal;
    }

    /** Income and expense accounts are closed into retained earnings at year end. */
    public boolean profitAndLoss() {
        return this == INCOME || this == EXPENSE;
    }
}
