package org.backoffice.finance.command;

import java.time.YearMonth;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.ledger.ReportService;
import org.backoffice.finance.api.ledger.TrialBalance;

@Command(scope = "finance", name = "trial-balance", description = "Shows the trial balance of a period (default: this month)")
@Service
public class TrialBalanceCommand implements Action {

    @Reference
    ReportService reports;

    @Option(name = "--period", aliases = "-p", description = "Period, e.g. 2026-11")
    @Completion(PeriodCompleter.class)
    String period;

    @Option(name = "--to", description = "Last period of a range starting at --period")
    @Completion(PeriodCompleter.class)
    String to;

    @Override
    public Object execute() {
        String from = period == null ? YearMonth.now().toString() : period;
        TrialBalance report = reports.trialBalance(from, to == null ? from : to);
        ShellTable table = new ShellTable();
        table.column("Account");
        table.column("Name").maxSize(40);
        table.column("Opening").alignRight();
        table.column("Debit").alignRight();
        table.column("Credit").alignRight();
        table.column("Closing").alignRight();
        for (TrialBalance.Line line : report.lines()) {
            table.addRow().addContent(line.account(), line.name(), line.opening().toPlainString(),
                    line.debit().toPlainString(), line.credit().toPlainString(), line.closing().toPlainString());
        }
        TrialBalance.Totals totals = report.totals();
        table.addRow().addContent("TOTAL", report.currency(), totals.opening().toPlainString(),
                totals.debit().toPlainString(), totals.credit().toPlainString(), totals.closing().toPlainString());
        table.print(System.out);
        return null;
    }
}
