package org.backoffice.finance.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.ledger.Account;
import org.backoffice.finance.api.ledger.AccountService;
import org.backoffice.finance.api.ledger.AccountType;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "finance", name = "account-list", description = "Lists the chart of accounts")
@Service
public class AccountListCommand implements Action {

    @Reference
    AccountService accounts;

    @Option(name = "--type", aliases = "-t", description = "ASSET, LIABILITY, EQUITY, INCOME or EXPENSE")
    AccountType type;

    @Option(name = "--query", aliases = "-q", description = "Part of the code or name")
    String text;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 500)")
    int limit = PageRequest.MAX_LIMIT;

    @Override
    public Object execute() {
        Page<Account> page = accounts.find(type, null, text, PageRequest.first(limit));
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name").maxSize(50);
        table.column("Type");
        table.column("Parent");
        table.column("Postable");
        table.column("Currency");
        table.column("Active");
        for (Account a : page.items()) {
            table.addRow().addContent(a.code(), a.name(), a.type(), a.parent() == null ? "" : a.parent(),
                    Boolean.TRUE.equals(a.postable()) ? "yes" : "no", a.currency() == null ? "" : a.currency(),
                    Boolean.TRUE.equals(a.active()) ? "yes" : "blocked");
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " accounts");
        return null;
    }
}
