package org.backoffice.logistics.command.purchasing;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.purchasing.PurchaseOrder;
import org.backoffice.logistics.api.purchasing.PurchasingService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "logistics", name = "po-send", description = "Marks a DRAFT purchase order as sent to the supplier")
@Service
public class PoSendCommand implements Action {

    @Reference
    PurchasingService purchasing;

    @Argument(index = 0, name = "id", description = "The purchase order's id", required = true)
    long id;

    @Override
    public Object execute() throws Exception {
        PurchaseOrder order = ShellProblems.report(() -> purchasing.send(id));
        System.out.println(order.number() + " " + order.status() + " to " + order.supplier());
        return null;
    }
}
