package org.backoffice.logistics.command.stock;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.stock.ReplenishmentService;
import org.backoffice.logistics.api.stock.ReplenishmentSuggestion;
import org.backoffice.logistics.command.warehouse.WarehouseCompleter;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "replenishment", description = "Suggests what to order according to the "
        + "reorder rules")
@Service
public class ReplenishmentCommand implements Action {

    private static final Table<ReplenishmentSuggestion> TABLE = Table.of(ReplenishmentSuggestion.class)
            .column("Warehouse", ReplenishmentSuggestion::warehouse).column("SKU", ReplenishmentSuggestion::sku)
            .right("Available", ReplenishmentSuggestion::available)
            .right("On order", ReplenishmentSuggestion::onOrder).right("Min", ReplenishmentSuggestion::minimum)
            .right("Max", ReplenishmentSuggestion::maximum).right("Order", ReplenishmentSuggestion::quantity)
            .column("Unit", ReplenishmentSuggestion::uom).column("Supplier", ReplenishmentSuggestion::supplier);

    @Reference
    ReplenishmentService replenishment;

    @Option(name = "--warehouse", aliases = "-w", description = "Only this warehouse")
    @Completion(WarehouseCompleter.class)
    String warehouse;

    @Override
    public Object execute() {
        List<ReplenishmentSuggestion> suggestions = replenishment.suggest(warehouse);
        TABLE.print(suggestions);
        return null;
    }
}
