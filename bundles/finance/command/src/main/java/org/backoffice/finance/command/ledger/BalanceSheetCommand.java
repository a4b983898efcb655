package org.backoffice.finance.command.ledger;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.ledger.ReportService;
import org.backoffice.platform.api.rest.QueryParams;

@Command(scope = "finance", name = "balance-sheet", description = "Shows assets, liabilities and equity at a date")
@Service
public class BalanceSheetCommand implements Action {

    @Reference
    ReportService reports;

    @Option(name = "--as-of", description = "The date (default: today)")
    String asOf;

    @Override
    public Object execute() {
        StatementTable.print(reports.balanceSheet(asOf == null ? LocalDate.now() : QueryParams.date("asOf", asOf)),
                "CURRENT YEAR RESULT");
        return null;
    }
}
