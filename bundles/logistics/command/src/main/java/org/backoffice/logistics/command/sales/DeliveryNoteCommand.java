package org.backoffice.logistics.command.sales;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.sales.DeliveryNoteFormat;
import org.backoffice.logistics.api.sales.ShipmentService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "logistics", name = "delivery-note", description = "Prints a shipment's delivery note")
@Service
public class DeliveryNoteCommand implements Action {

    @Reference
    ShipmentService shipments;

    @Argument(index = 0, name = "shipment", description = "The shipment's id", required = true)
    long shipment;

    @Override
    public Object execute() throws Exception {
        System.out.print(ShellProblems.report(() -> shipments.deliveryNote(shipment, DeliveryNoteFormat.TEXT)));
        return null;
    }
}
