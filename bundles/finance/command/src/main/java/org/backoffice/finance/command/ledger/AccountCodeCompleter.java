package org.backoffice.finance.command.ledger;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.finance.api.ledger.Account;
import org.backoffice.finance.api.ledger.AccountService;
import org.backoffice.platform.api.PageRequest;

/** Completes postable, active account codes. */
@Service
public class AccountCodeCompleter implements Completer {

    @Reference
    AccountService accounts;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        accounts.find(null, Boolean.TRUE, null, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(a -> Boolean.TRUE.equals(a.postable()))
                .map(Account::code)
                .forEach(code -> codes.getStrings().add(code));
        return codes.complete(session, commandLine, candidates);
    }
}
