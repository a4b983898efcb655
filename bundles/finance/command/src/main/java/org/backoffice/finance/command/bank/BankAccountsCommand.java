package org.backoffice.finance.command.bank;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.bank.BankAccount;
import org.backoffice.finance.api.bank.BankAccountService;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "finance", name = "bank-accounts", description = "Lists the company's bank accounts")
@Service
public class BankAccountsCommand implements Action {

    private static final Table<BankAccount> TABLE = Table.of(BankAccount.class)
            .column("Id", BankAccount::id)
            .column("Code", BankAccount::code)
            .column("Name", BankAccount::name)
            .column("IBAN", BankAccount::iban)
            .column("BIC", BankAccount::bic)
            .column("Cur", BankAccount::currency)
            .column("Ledger", BankAccount::ledgerAccount)
            .column("Fees", BankAccount::feeAccount);

    @Reference
    BankAccountService accounts;

    @Override
    public Object execute() {
        TABLE.print(accounts.list(PageRequest.first(PageRequest.MAX_LIMIT)), "bank accounts");
        return null;
    }
}
