package org.backoffice.finance.command.payables;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.payables.BillQuery;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.platform.support.shell.PagedListCommand;

@Command(scope = "finance", name = "bill-list", description = "Lists supplier bills, newest first")
@Service
public class BillListCommand extends PagedListCommand {

    @Reference
    PayablesService payables;

    @Option(name = "--overdue", description = "Only posted bills with an open amount, due before today")
    boolean overdue;

    @Option(name = "--supplier", aliases = "-s", description = "Only this supplier's bills")
    String supplier;

    @Option(name = "--status", description = "DRAFT, POSTED, PARTIALLY_PAID or PAID")
    InvoiceStatus status;

    @Override
    public Object execute() {
        print(payables.findBills(new BillQuery(supplier, status, overdue ? LocalDate.now() : null,
                null), page()), BillTable.TABLE, "bills");
        return null;
    }
}
