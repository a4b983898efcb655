package org.backoffice.logistics.command.purchasing;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.purchasing.PurchaseOrder;
import org.backoffice.logistics.api.purchasing.PurchaseOrderQuery;
import org.backoffice.logistics.api.purchasing.PurchaseOrderStatus;
import org.backoffice.logistics.api.purchasing.PurchasingService;
import org.backoffice.logistics.command.warehouse.WarehouseCompleter;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "po-list", description = "Lists purchase orders, newest first")
@Service
public class PoListCommand implements Action {

    private static final Table<PurchaseOrder> TABLE = Table.of(PurchaseOrder.class).right("Id", PurchaseOrder::id)
            .column("Number", PurchaseOrder::number).column("Supplier", PurchaseOrder::supplier)
            .column("Warehouse", PurchaseOrder::warehouse).column("Ordered", PurchaseOrder::orderDate)
            .column("Expected", PurchaseOrder::expectedDate).column("Status", PurchaseOrder::status)
            .right("Lines", order -> order.lines().size()).right("Total", PurchaseOrder::total)
            .column("Currency", PurchaseOrder::currency);

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
        TABLE.print(page.items());
        if (page.total() > page.items().size()) {
            System.out.println(page.items().size() + " of " + page.total() + " orders shown");
        }
        return null;
    }
}
