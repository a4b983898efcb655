package org.backoffice.finance.command;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.ledger.GeneralLedger;
import org.backoffice.finance.api.ledger.ReportService;
import org.backoffice.platform.api.rest.QueryParams;

@Command(scope = "finance", name = "general-ledger", description = "Shows an account's postings with the running balance")
@Service
public class GeneralLedgerCommand implements Action {

    @Reference
    ReportService reports;

    @Argument(index = 0, name = "account", description = "Account code", required = true)
    @Completion(AccountCodeCompleter.class)
    String account;

    @Option(name = "--from", description = "First day (default: first day of this month)")
    String from;

    @Option(name = "--to", description = "Last day (default: today)")
    String to;

    @Override
    public Object execute() {
        LocalDate end = to == null ? LocalDate.now() : QueryParams.date("to", to);
        LocalDate start = from == null ? end.withDayOfMonth(1) : QueryParams.date("from", from);
        GeneralLedger ledger = reports.generalLedger(account, start, end);
        ShellTable table = new ShellTable();
        table.column("Date");
        table.column("Entry");
        table.column("Description").maxSize(40);
        table.column("Debit").alignRight();
        table.column("Credit").alignRight();
        table.column("Balance").alignRight();
        table.addRow().addContent(start, "", "Opening balance", "", "", ledger.opening().toPlainString());
        for (GeneralLedger.Line line : ledger.lines()) {
            table.addRow().addContent(line.date(), line.number(), line.description(), line.debit().toPlainString(),
                    line.credit().toPlainString(), line.balance().toPlainString());
        }
        table.print(System.out);
        System.out.println(ledger.account() + " " + ledger.name() + ": closing balance " + ledger.closing()
                .toPlainString());
        return null;
    }
}
