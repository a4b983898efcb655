package org.backoffice.logistics.command.catalog;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductQuery;
import org.backoffice.logistics.api.catalog.ProductService;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "product-list", description = "Lists products (active ones unless --all)")
@Service
public class ProductListCommand implements Action {

    @Reference
    ProductService products;

    @Option(name = "--query", aliases = "-q", description = "Part of the SKU, name or GTIN")
    String text;

    @Option(name = "--type", aliases = "-t", description = "STOCKED or SERVICE")
    ProductType type;

    @Option(name = "--all", aliases = "-a", description = "Include inactive products")
    boolean all;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50, at most 500)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<Product> page = products.find(new ProductQuery(text, type, all ? null : Boolean.TRUE),
                new PageRequest(offset, limit));
        ShellTable table = new ShellTable();
        table.column("SKU");
        table.column("Name").maxSize(40);
        table.column("Type");
        table.column("UoM");
        table.column("GTIN");
        table.column("Cost").alignRight();
        table.column("Price").alignRight();
        table.column("Currency");
        table.column("Active");
        for (Product p : page.items()) {
            table.addRow().addContent(p.sku(), p.name(), p.type(), p.uom(), Table.text(p.gtin()),
                    Table.text(p.standardCost()), Table.text(p.listPrice()), Table.text(p.currency()),
                    Boolean.TRUE.equals(p.active()) ? "yes" : "no");
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " products");
        return null;
    }
}
