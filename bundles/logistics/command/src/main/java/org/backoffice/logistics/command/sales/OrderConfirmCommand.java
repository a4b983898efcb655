package org.backoffice.logistics.command.sales;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderService;

@Command(scope = "logistics", name = "order-confirm",
        description = "Confirms a draft sales order: reserves its stock, backorders the rest")
@Service
public class OrderConfirmCommand extends OrderAction {

    @Override
    SalesOrder apply(SalesOrderService service, long order) {
        return service.confirm(order);
    }
}
