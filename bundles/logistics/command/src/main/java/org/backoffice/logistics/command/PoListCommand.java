package org.backoffice.logistics.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.logistics.api.purchasing.PurchaseOrder;
import org.backoffice.logistics.api.purchasing.PurchaseOrderQuery;
import org.backoffice.logistics.api.purchasing.PurchaseOrderStatus;
import org.backoffice.logistics.api.purchasing.PurchasingService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "logistics", name = "po-list", description = "Lists purchase orders, newest first")
@Service
public class PoListCommand implements Action {

    @Reference
    PurchasingService purchasing;

    @Option(name = "--status", aliases = "-s", description = "DRAFT, SENT, PARTIALLY_RECEIVED, RECEIVED, CANCELLED "
            + "or CLOSED")
    PurchaseOrderStatus status;

    @Option(name = "--supplier", description = "Only this supplier's orders")
    String supplier;

    @Option(name = "--warehouse", aliases = "-w", description = "Only orders for this warehouse")
    @Completion(WarehouseCompleter.class)
    String warehouse;

    @Override
    public Object execute() {
        Page<PurchaseOrder> page = purchasing.find(new PurchaseOrderQuery(supplier, status, warehouse, null, null),
                PageRequest.first(PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Number");
        table.column("Supplier");
        table.column("Warehouse");
        table.column("Ordered");
        table.column("Expected");
        table.column("Status");
        table.column("Lines").alignRight();
        table.column("Total").alignRight();
        table.column("Currency");
        for (PurchaseOrder order : page.items()) {
            table.addRow().addContent(order.id(), order.number(), order.supplier(), order.warehouse(),
                    order.orderDate(), Text.value(order.expectedDate()), order.status(), order.lines().size(),
                    Text.value(order.total()), order.currency());
        }
        table.print(System.out);
        if (page.total() > page.items().size()) {
            System.out.println(page.items().size() + " of " + page.total() + " orders shown");
        }
        return null;
    }
}
