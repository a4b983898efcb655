package org.backoffice.finance.command;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.payables.Bill;
import org.backoffice.finance.api.payables.BillQuery;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "finance", name = "bill-list", description = "Lists supplier bills, newest first")
@Service
public class BillListCommand implements Action {

    @Reference
    PayablesService payables;

    @Option(name = "--overdue", description = "Only posted bills with an open amount, due before today")
    boolean overdue;

    @Option(name = "--supplier", aliases = "-s", description = "Only this supplier's bills")
    String supplier;

    @Option(name = "--status", description = "DRAFT, POSTED, PARTIALLY_PAID or PAID")
    InvoiceStatus status;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<Bill> page = payables.findBills(new BillQuery(supplier, status, overdue ? LocalDate.now() : null, null),
                PageRequest.first(limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Number");
        table.column("Supplier");
        table.column("Reference");
        table.column("Date");
        table.column("Due");
        table.column("Status");
        table.column("Cur");
        table.column("Gross").alignRight();
        table.column("Open").alignRight();
        for (Bill b : page.items()) {
            table.addRow().addContent(b.id(), b.number() == null ? "" : b.number(), b.supplier(),
                    b.supplierReference(), b.date(), b.dueDate(), b.status(), b.currency(),
                    b.gross().toPlainString(), b.open().toPlainString());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " bills");
        return null;
    }
}
