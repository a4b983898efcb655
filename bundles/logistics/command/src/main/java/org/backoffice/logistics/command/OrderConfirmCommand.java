package org.backoffice.logistics.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.sales.SalesOrderService;

@Command(scope = "logistics", name = "order-confirm",
        description = "Confirms a draft sales order: reserves its stock, backorders the rest")
@Service
public class OrderConfirmCommand implements Action {

    @Reference
    SalesOrderService orders;

    @Argument(index = 0, name = "id", description = "The sales order's id", required = true)
    @Completion(OrderIdCompleter.class)
    long id;

    @Override
    public Object execute() throws Exception {
        SalesTables.printOrder(Problems.report(() -> orders.confirm(id)));
        return null;
    }
}
