package org.backoffice.finance.command.ledger;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.EntryStatus;
import org.backoffice.finance.api.ledger.JournalQuery;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "finance", name = "journal-list", description = "Lists journal entries, newest first")
@Service
public class JournalListCommand extends PagedListCommand {

    @Reference
    LedgerService ledger;

    @Option(name = "--from", description = "From date, e.g. 2026-11-01")
    String from;

    @Option(name = "--to", description = "To date")
    String to;

    @Option(name = "--account", aliases = "-a", description = "Only entries with a line on this account")
    @Completion(AccountCodeCompleter.class)
    String account;

    @Option(name = "--status", aliases = "-s", description = "DRAFT or POSTED")
    EntryStatus status;

    @Override
    public Object execute() throws Exception {
        JournalQuery query = ShellProblems.report(() -> new JournalQuery(ShellValues.date("from", from),
                ShellValues.date("to", to), account, status));
        print(ledger.find(query, page()), JournalEntryTable.TABLE, "entries");
        return null;
    }
}
