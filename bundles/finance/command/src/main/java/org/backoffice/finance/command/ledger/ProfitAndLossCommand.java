package org.backoffice.finance.command.ledger;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.ReportService;
import org.backoffice.platform.api.rest.QueryParams;

@Command(scope = "finance", name = "profit-and-loss", description = "Shows income, expenses and the result of a date range")
@Service
public class ProfitAndLossCommand implements Action {

    @Reference
    ReportService reports;

    @Option(name = "--from", description = "First day (default: 1 January of this year)")
    String from;

    @Option(name = "--to", description = "Last day (default: today)")
    String to;

    @Override
    public Object execute() {
        LocalDate end = to == null ? LocalDate.now() : QueryParams.date("to", to);
        LocalDate start = from == null ? end.withDayOfYear(1) : QueryParams.date("from", from);
        StatementTable.print(reports.profitAndLoss(start, end), "RESULT");
        return null;
    }
}
