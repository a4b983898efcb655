package org.backoffice.finance.impl.ledger;

import java.util.List;

import org.backoffice.finance.api.ledger.Account;
import org.backoffice.finance.api.ledger.AccountType;

/** The small generic chart created the first time finance starts on an empty database. */
final class DefaultChart {

    private DefaultChart() {
    }

    static List<Account> accounts() {
        return List.of(
                account("1000", "Cash", AccountType.ASSET),
                account("1100", "Bank", AccountType.ASSET),
                account("1200", "Accounts receivable", AccountType.ASSET),
                account("1300", "Tax receivable (input tax)", AccountType.ASSET),
                account("1400", "Inventory", AccountType.ASSET),
                account("2000", "Accounts payable", AccountType.LIABILITY),
                account("2100", "Tax payable (output tax)", AccountType.LIABILITY),
                account("2200", "Salaries payable", AccountType.LIABILITY),
                account("3000", "Share capital", AccountType.EQUITY),
                account("3200", "Retained earnings", AccountType.EQUITY),
                account("4000", "Sales", AccountType.INCOME),
                account("4900", "Other income", AccountType.INCOME),
                account("5000", "Purchases and cost of goods sold", AccountType.EXPENSE),
                account("6000", "Salaries", AccountType.EXPENSE),
                account("6500", "Bank charges", AccountType.EXPENSE),
                account("6900", "Rounding and exchange differences", AccountType.EXPENSE));
    }

    private static Account account(String code, String name, AccountType type) {
        return new Account(code, name, type, null, null, null, Boolean.TRUE, null);
    }
}
