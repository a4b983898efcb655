package org.backoffice.finance.command;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.ledger.EntryStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalLine;
import org.backoffice.finance.api.ledger.JournalQuery;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "finance", name = "journal-list", description = "Lists journal entries, newest first")
@Service
public class JournalListCommand implements Action {

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

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<JournalEntry> page = ledger.find(new JournalQuery(from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), account, status), PageRequest.first(limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Number");
        table.column("Date");
        table.column("Status");
        table.column("Description").maxSize(40);
        table.column("Amount").alignRight();
        table.column("Accounts");
        for (JournalEntry e : page.items()) {
            BigDecimal total = e.lines().stream().map(JournalLine::baseDebit).filter(d -> d != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            table.addRow().addContent(e.id(), e.number() == null ? "" : e.number(), e.date(), e.status(),
                    e.description(), total.toPlainString(), String.join(",", e.lines().stream()
                            .map(JournalLine::account).distinct().toList()));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " entries");
        return null;
    }
}
