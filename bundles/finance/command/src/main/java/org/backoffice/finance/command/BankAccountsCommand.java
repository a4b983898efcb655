package org.backoffice.finance.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.bank.BankAccount;
import org.backoffice.finance.api.bank.BankAccountService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "finance", name = "bank-accounts", description = "Lists the company's bank accounts")
@Service
public class BankAccountsCommand implements Action {

    @Reference
    BankAccountService accounts;

    @Override
    public Object execute() {
        Page<BankAccount> page = accounts.list(PageRequest.first(PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Code");
        table.column("Name");
        table.column("IBAN");
        table.column("BIC");
        table.column("Cur");
        table.column("Ledger");
        table.column("Fees");
        for (BankAccount a : page.items()) {
            table.addRow().addContent(a.id(), a.code(), a.name(), a.iban(), a.bic() == null ? "" : a.bic(),
                    a.currency(), a.ledgerAccount(), a.feeAccount());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " bank accounts");
        return null;
    }
}
