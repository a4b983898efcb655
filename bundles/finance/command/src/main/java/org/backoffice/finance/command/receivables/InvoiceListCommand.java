package org.backoffice.finance.command.receivables;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.receivables.InvoiceQuery;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.platform.support.shell.PagedListCommand;

@Command(scope = "finance", name = "invoice-list", description = "Lists customer invoices, newest first")
@Service
public class InvoiceListCommand extends PagedListCommand {

    @Reference
    ReceivablesService receivables;

    @Option(name = "--overdue", description = "Only posted invoices with an open amount, due before today")
    boolean overdue;

    @Option(name = "--customer", aliases = "-c", description = "Only this customer's invoices")
    String customer;

    @Option(name = "--status", aliases = "-s", description = "DRAFT, POSTED, PARTIALLY_PAID or PAID")
    InvoiceStatus status;

    @Override
    public Object execute() {
        print(receivables.findInvoices(new InvoiceQuery(customer, status,
                overdue ? LocalDate.now() : null, null, null), page()), InvoiceTable.TABLE, "invoices");
        return null;
    }
}
