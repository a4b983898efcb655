package org.backoffice.logistics.command.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.catalog.ProductService;
import org.backoffice.logistics.api.stock.StockLevel;
import org.backoffice.logistics.api.stock.StockOverview;
import org.backoffice.logistics.api.stock.StockService;
import org.backoffice.logistics.command.catalog.SkuCompleter;
import org.backoffice.logistics.command.warehouse.WarehouseCompleter;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "stock", description = "Shows a product's stock per location and warehouse")
@Service
public class StockCommand implements Action {

    /** A location's stock, or a warehouse's total (location {@code TOTAL}). */
    private record Row(String warehouse, String location, BigDecimal onHand, BigDecimal reserved,
            BigDecimal available) {
    }

    private static final Table<Row> TABLE = Table.of(Row.class).column("Warehouse", Row::warehouse)
            .column("Location", Row::location).right("On hand", Row::onHand).right("Reserved", Row::reserved)
            .right("Available", Row::available);

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
        List<Row> rows = new ArrayList<>();
        for (StockLevel level : overview.items()) {
            rows.add(new Row(level.warehouse(), level.location(), level.onHand(), level.reserved(), level.available()));
        }
        for (StockOverview.WarehouseTotal total : overview.warehouses()) {
            rows.add(new Row(total.warehouse(), "TOTAL", total.onHand(), total.reserved(), total.available()));
        }
        TABLE.print(rows);
        if (overview.total() > overview.items().size()) {
            System.out.println(overview.items().size() + " of " + overview.total() + " locations shown");
        }
        return null;
    }
}
