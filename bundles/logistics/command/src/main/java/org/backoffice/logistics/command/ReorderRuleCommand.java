package org.backoffice.logistics.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.logistics.api.stock.ReorderRule;
import org.backoffice.logistics.api.stock.ReplenishmentService;

@Command(scope = "logistics", name = "reorder-rule", description = "Sets the reorder rule of a product in a "
        + "warehouse, e.g. logistics:reorder-rule --supplier ACME --multiple 12 PEN-1 BER 20 100")
@Service
public class ReorderRuleCommand implements Action {

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
        ReorderRule rule = Problems.report(() -> replenishment.put(sku, warehouse, new ReorderRule(sku, warehouse,
                Text.decimal("minimum", minimum), Text.decimal("maximum", maximum), supplier,
                Text.decimal("multiple", multiple), null)));
        ShellTable table = new ShellTable();
        table.column("SKU");
        table.column("Warehouse");
        table.column("Min").alignRight();
        table.column("Max").alignRight();
        table.column("Multiple").alignRight();
        table.column("Supplier");
        table.addRow().addContent(rule.sku(), rule.warehouse(), Text.value(rule.minimum()), Text.value(rule.maximum()),
                Text.value(rule.multiple()), Text.value(rule.supplier()));
        table.print(System.out);
        return null;
    }
}
