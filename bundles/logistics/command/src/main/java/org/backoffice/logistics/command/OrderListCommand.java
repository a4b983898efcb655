package org.backoffice.logistics.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderQuery;
import org.backoffice.logistics.api.sales.SalesOrderService;
import org.backoffice.logistics.api.sales.SalesOrderStatus;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "logistics", name = "order-list", description = "Lists sales orders, newest first")
@Service
public class OrderListCommand implements Action {

    @Reference
    SalesOrderService orders;

    @Option(name = "--status", aliases = "-s", description = "Only orders with this status")
    @Completion(values = {"DRAFT", "CONFIRMED", "PICKING", "PARTIALLY_SHIPPED", "SHIPPED", "CANCELLED"},
            value = StringsCompleter.class)
    SalesOrderStatus status;

    @Option(name = "--customer", aliases = "-c", description = "Only this customer")
    String customer;

    @Option(name = "--warehouse", aliases = "-w", description = "Only this warehouse")
    @Completion(WarehouseCompleter.class)
    String warehouse;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50, at most 500)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<SalesOrder> page = orders.find(new SalesOrderQuery(customer, status, warehouse, null, null),
                new PageRequest(offset, limit));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Number");
        table.column("Status");
        table.column("Customer");
        table.column("Warehouse");
        table.column("Requested");
        table.column("Lines").alignRight();
        table.column("Total").alignRight();
        table.column("Currency");
        for (SalesOrder order : page.items()) {
            table.addRow().addContent(order.id(), order.number(), order.status(), order.customer(),
                    order.warehouse(), order.requestedDate(), order.lines().size(), Text.value(order.total()),
                    order.currency());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " sales orders");
        return null;
    }
}
