package org.backoffice.finance.command.bank;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.finance.api.bank.BankAccountService;
import org.backoffice.platform.api.PageRequest;

/** Completes bank account codes. */
@Service
public class BankAccountCompleter implements Completer {

    @Reference
    BankAccountService accounts;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        accounts.list(PageRequest.first(PageRequest.MAX_LIMIT)).items()
                .forEach(a -> codes.getStrings().add(a.code()));
        return codes.complete(session, commandLine, candidates);
    }
}
