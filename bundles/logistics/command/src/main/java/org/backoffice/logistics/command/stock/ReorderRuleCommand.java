package org.backoffice.logistics.command.stock;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.stock.ReorderRule;
import org.backoffice.logistics.api.stock.ReplenishmentService;
import org.backoffice.logistics.command.catalog.SkuCompleter;
import org.backoffice.logistics.command.warehouse.WarehouseCompleter;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "reorder-rule", description = "Sets the reorder rule of a product in a "
        + "warehouse, e.g. logistics:reorder-rule --supplier ACME --multiple 12 PEN-1 BER 20 100")
@Service
public class ReorderRuleCommand implements Action {

    private static final Table<ReorderRule> TABLE = Table.of(ReorderRule.class).column("SKU", ReorderRule::sku)
            .column("Warehouse", ReorderRule::warehouse).right("Min", ReorderRule::minimum)
            .right("Max", ReorderRule::maximum).right("Multiple", ReorderRule::multiple)
            .column("Supplier", ReorderRule::supplier);

    @Reference
    ReplenishmentService replenishment;

    @Argument(index = 0, name = "sku", description = "The product's SKU", required = true)
    @Completion(SkuCompleter.class)
    String sku;

    @Argument(index = 1, name = "warehouse", description = "The warehouse", required = true)
    @Completion(WarehouseCompleter.class)
    String warehouse;

    @Argument(index = 2, name = "min", description = "Reorder below this", required = true)
    String minimum;

    @Argument(index = 3, name = "max", description = "Order up to this", required = true)
    String maximum;

    @Option(name = "--supplier", description = "Preferred supplier's partner code")
    String supplier;

    @Option(name = "--multiple", description = "Round order quantities up to a multiple of this")
    String multiple;

    @Override
    public Object execute() throws Exception {
        ReorderRule rule = ShellProblems.report(() -> replenishment.put(sku, warehouse, new ReorderRule(sku, warehouse,
                ShellValues.decimal("minimum", minimum), ShellValues.decimal("maximum", maximum), supplier,
                ShellValues.decimal("multiple", multiple), null)));
        TABLE.print(List.of(rule));
        return null;
    }
}
