package org.backoffice.finance.command.ledger;

import org.backoffice.finance.api.ledger.Account;
import org.backoffice.platform.support.shell.Table;

/** The chart of accounts as a console table. */
final class AccountTable {

    static final Table<Account> TABLE = Table.of(Account.class)
            .column("Code", Account::code)
            .column("Name", 50, Account::name)
            .column("Type", Account::type)
            .column("Parent", Account::parent)
            .column("Postable", account -> Boolean.TRUE.equals(account.postable()))
            .column("Currency", Account::currency)
            .column("Active", account -> Boolean.TRUE.equals(account.active()) ? "yes" : "blocked");

    private AccountTable() {
    }
}
