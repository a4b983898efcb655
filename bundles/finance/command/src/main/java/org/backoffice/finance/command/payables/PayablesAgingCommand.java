package org.backoffice.finance.command.payables;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.finance.command.document.AgingTable;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "finance", name = "payables-aging", description = "Payables aging by supplier: open bill amounts by"
        + " days past due")
@Service
public class PayablesAgingCommand implements Action {

    @Reference
    PayablesService payables;

    @Option(name = "--as-of", description = "Day of the report (default today)")
    String asOf;

    @Option(name = "--currency", description = "Currency of the bills (default: base currency)")
    String currency;

    @Override
    public Object execute() {
        AgingTable.print("Payables aging", "Supplier",
                payables.aging(ShellValues.date("asOf", asOf), currency), System.out);
        return null;
    }
}
