package org.backoffice.finance.command.ledger;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.AccountService;
import org.backoffice.finance.api.ledger.AccountType;
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
        AccountTable.TABLE.print(accounts.find(type, null, text, PageRequest.first(limit)), "accounts");
        return null;
    }
}
