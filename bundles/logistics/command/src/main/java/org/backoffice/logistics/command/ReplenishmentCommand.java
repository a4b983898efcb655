package org.backoffice.logistics.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.logistics.api.stock.ReplenishmentService;
import org.backoffice.logistics.api.stock.ReplenishmentSuggestion;

@Command(scope = "logistics", name = "replenishment", description = "Suggests what to order according to the "
        + "reorder rules")
@Service
public class ReplenishmentCommand implements Action {

    @Reference
    ReplenishmentService replenishment;

    @Option(name = "--warehouse", aliases = "-w", description = "Only this warehouse")
    @Completion(WarehouseCompleter.class)
    String warehouse;

    @Override
    public Object execute() {
        List<ReplenishmentSuggestion> suggestions = replenishment.suggest(warehouse);
        ShellTable table = new ShellTable();
        table.column("Warehouse");
        table.column("SKU");
        table.column("Available").alignRight();
        table.column("On order").alignRight();
        table.column("Min").alignRight();
        table.column("Max").alignRight();
        table.column("Order").alignRight();
        table.column("Unit");
        table.column("Supplier");
        for (ReplenishmentSuggestion s : suggestions) {
            table.addRow().addContent(s.warehouse(), s.sku(), Text.value(s.available()), Text.value(s.onOrder()),
                    Text.value(s.minimum()), Text.value(s.maximum()), Text.value(s.quantity()), s.uom(),
                    Text.value(s.supplier()));
        }
        table.print(System.out);
        return null;
    }
}
