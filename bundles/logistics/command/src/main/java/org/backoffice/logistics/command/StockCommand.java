package org.backoffice.logistics.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.logistics.api.catalog.ProductService;
import org.backoffice.logistics.api.stock.StockLevel;
import org.backoffice.logistics.api.stock.StockOverview;
import org.backoffice.logistics.api.stock.StockService;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "logistics", name = "stock", description = "Shows a product's stock per location and warehouse")
@Service
public class StockCommand implements Action {

    @Reference
    StockService stock;

    @Reference
    ProductService products;

    @Argument(index = 0, name = "sku", description = "The product's SKU", required = true)
    @Completion(SkuCompleter.class)
    String sku;

    @Option(name = "--warehouse", aliases = "-w", description = "Only this warehouse")
    @Completion(WarehouseCompleter.class)
    String warehouse;

    @Override
    public Object execute() {
        products.require(sku); // an unknown SKU is an error, not an empty table
        StockOverview overview = stock.stock(sku, warehouse, PageRequest.first(PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Warehouse");
        table.column("Location");
        table.column("On hand").alignRight();
        table.column("Reserved").alignRight();
        table.column("Available").alignRight();
        for (StockLevel level : overview.items()) {
            table.addRow().addContent(level.warehouse(), level.location(), Text.value(level.onHand()),
                    Text.value(level.reserved()), Text.value(level.available()));
        }
        for (StockOverview.WarehouseTotal total : overview.warehouses()) {
            table.addRow().addContent(total.warehouse(), "TOTAL", Text.value(total.onHand()),
                    Text.value(total.reserved()), Text.value(total.available()));
        }
        table.print(System.out);
        if (overview.total() > overview.items().size()) {
            System.out.println(overview.items().size() + " of " + overview.total() + " locations shown");
        }
        return null;
    }
}
