package org.backoffice.logistics.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.sales.SalesOrderService;

@Command(scope = "logistics", name = "order-reserve",
        description = "Reserves what has become available of a confirmed order's backorders")
@Service
public class OrderReserveCommand implements Action {

    @Reference
    SalesOrderService orders;

    @Argument(index = 0, name = "id", description = "The sales order's id", required = true)
    @Completion(OrderIdCompleter.class)
    long id;

    @Override
    public Object execute() throws Exception {
        SalesTables.printOrder(Problems.report(() -> orders.reserveBackorders(id)));
        return null;
    }
}
