package org.backoffice.finance.command.ledger;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.Account;
import org.backoffice.finance.api.ledger.AccountService;
import org.backoffice.finance.api.ledger.AccountType;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "finance", name = "account-add", description = "Adds an account to the chart")
@Service
public class AccountAddCommand implements Action {

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "code", description = "Unique code, e.g. 4010", required = true)
    String code;

    @Argument(index = 1, name = "name", description = "Name (quote it when it has spaces)", required = true)
    String name;

    @Argument(index = 2, name = "type", description = "ASSET, LIABILITY, EQUITY, INCOME or EXPENSE", required = true)
    AccountType type;

    @Option(name = "--parent", aliases = "-p", description = "Parent account code")
    @Completion(AccountCodeCompleter.class)
    String parent;

    @Option(name = "--currency", aliases = "-c", description = "Fixed currency of the account")
    String currency;

    @Override
    public Object execute() throws Exception {
        Account created = ShellProblems.report(() -> accounts.create(new Account(code, name, type, parent, null, currency,
                Boolean.TRUE, null)));
        System.out.println("Account " + created.code() + " " + created.name() + " added");
        return null;
    }
}
