package org.backoffice.logistics.command.sales;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.sales.Shipment;
import org.backoffice.logistics.api.sales.ShipmentDraft;
import org.backoffice.logistics.api.sales.ShipmentService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "logistics", name = "ship", description = "Ships everything picked (or reserved, when nothing is"
        + " picked) of a sales order: creates the shipment and dispatches it")
@Service
public class ShipCommand implements Action {

    @Reference
    ShipmentService shipments;

    @Argument(index = 0, name = "order", description = "The sales order's id", required = true)
    @Completion(OrderIdCompleter.class)
    long order;

    @Option(name = "--carrier", description = "Who carries it")
    String carrier;

    @Option(name = "--tracking", description = "The carrier's tracking number")
    String tracking;

    @Option(name = "--packages", description = "Number of packages (default 1)")
    Integer packages;

    @Override
    public Object execute() throws Exception {
        Shipment dispatched = ShellProblems.report(() -> {
            Shipment draft = shipments.create(new ShipmentDraft(order, carrier, tracking, packages, null));
            return shipments.dispatch(draft.id());
        });
        SalesTables.printShipment(dispatched);
        return null;
    }
}
