package org.backoffice.logistics.command.sales;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderQuery;
import org.backoffice.logistics.api.sales.SalesOrderService;
import org.backoffice.logistics.api.sales.SalesOrderStatus;
import org.backoffice.logistics.command.warehouse.WarehouseCompleter;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "order-list", description = "Lists sales orders, newest first")
@Service
public class OrderListCommand extends PagedListCommand {

    private static final Table<SalesOrder> TABLE = Table.of(SalesOrder.class).right("Id", SalesOrder::id)
            .column("Number", SalesOrder::number).column("Status", SalesOrder::status)
            .column("Customer", SalesOrder::customer).column("Warehouse", SalesOrder::warehouse)
            .column("Requested", SalesOrder::requestedDate).right("Lines", order -> order.lines().size())
            .right("Total", SalesOrder::total).column("Currency", SalesOrder::currency);

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

    @Override
    public Object execute() {
        Page<SalesOrder> page = orders.find(new SalesOrderQuery(customer, status, warehouse, null, null),
                page());
        print(page, TABLE, "sales orders");
        return null;
    }
}
