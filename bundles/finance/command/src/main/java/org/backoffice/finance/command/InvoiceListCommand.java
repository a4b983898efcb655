package org.backoffice.finance.command;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.receivables.Invoice;
import org.backoffice.finance.api.receivables.InvoiceQuery;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "finance", name = "invoice-list", description = "Lists customer invoices, newest first")
@Service
public class InvoiceListCommand implements Action {

    @Reference
    ReceivablesService receivables;

    @Option(name = "--overdue", description = "Only posted invoices with an open amount, due before today")
    boolean overdue;

    @Option(name = "--customer", aliases = "-c", description = "Only this customer's invoices")
    String customer;

    @Option(name = "--status", aliases = "-s", description = "DRAFT, POSTED, PARTIALLY_PAID or PAID")
    InvoiceStatus status;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<Invoice> page = receivables.findInvoices(new InvoiceQuery(customer, status,
                overdue ? LocalDate.now() : null, null, null), PageRequest.first(limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Number");
        table.column("Customer");
        table.column("Date");
        table.column("Due");
        table.column("Status");
        table.column("Cur");
        table.column("Gross").alignRight();
        table.column("Open").alignRight();
        for (Invoice i : page.items()) {
            table.addRow().addContent(i.id(), i.number() == null ? "" : i.number(), i.customer(), i.date(),
                    i.dueDate(), i.status(), i.currency(), i.gross().toPlainString(), i.open().toPlainString());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " invoices");
        return null;
    }
}
