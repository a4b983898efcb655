package org.backoffice.logistics.command.sales;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderService;
import org.backoffice.platform.support.shell.ShellProblems;

/** A command that changes one sales order and prints it as it is now. */
abstract class OrderAction implements Action {

    @Reference
    SalesOrderService orders;

    @Argument(index = 0, name = "id", description = "The sales order's id", required = true)
    @Completion(OrderIdCompleter.class)
    long id;

    /** Does the command's work on the order and returns it as it is now. */
    abstract SalesOrder apply(SalesOrderService service, long order);

    @Override
    public Object execute() throws Exception {
        SalesTables.printOrder(ShellProblems.report(() -> apply(orders, id)));
        return null;
    }
}
