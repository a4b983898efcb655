package org.backoffice.finance.command.receivables;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.document.AgingReport;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.finance.command.document.AgingTable;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "finance", name = "aging", description = "Receivables aging by customer: open amounts by days past due")
@Service
public class AgingCommand implements Action {

    @Reference
    ReceivablesService receivables;

    @Option(name = "--as-of", description = "Day of the report (default today)")
    String asOf;

    @Option(name = "--currency", description = "Currency of the documents (default: base currency)")
    String currency;

    @Override
    public Object execute() {
        AgingReport report = receivables.aging(ShellValues.date("asOf", asOf), currency);
        AgingTable.print("Receivables aging", "Customer", report, System.out);
        return null;
    }
}
