package org.backoffice.finance.command.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.ReportService;
import org.backoffice.finance.api.ledger.TrialBalance;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "finance", name = "trial-balance", description = "Shows the trial balance of a period (default: this month)")
@Service
public class TrialBalanceCommand implements Action {

    /** An account's line, or the totals (with the currency in the name column). */
    private record Row(String account, String name, BigDecimal opening, BigDecimal debit, BigDecimal credit,
            BigDecimal closing) {
    }

    private static final Table<Row> TABLE = Table.of(Row.class).column("Account", Row::account)
            .column("Name", 40, Row::name).right("Opening", Row::opening).right("Debit", Row::debit)
            .right("Credit", Row::credit).right("Closing", Row::closing);

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
        List<Row> rows = new ArrayList<>();
        for (TrialBalance.Line line : report.lines()) {
            rows.add(new Row(line.account(), line.name(), line.opening(), line.debit(), line.credit(), line.closing()));
        }
        TrialBalance.Totals totals = report.totals();
        rows.add(new Row("TOTAL", report.currency(), totals.opening(), totals.debit(), totals.credit(),
                totals.closing()));
        TABLE.print(rows);
        return null;
    }
}
