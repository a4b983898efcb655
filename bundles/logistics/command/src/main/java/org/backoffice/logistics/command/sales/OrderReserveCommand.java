package org.backoffice.logistics.command.sales;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderService;

@Command(scope = "logistics", name = "order-reserve",
        description = "Reserves what has become available of a confirmed order's backorders")
@Service
public class OrderReserveCommand extends OrderAction {

    @Override
    SalesOrder apply(SalesOrderService service, long order) {
        return service.reserveBackorders(order);
    }
}
