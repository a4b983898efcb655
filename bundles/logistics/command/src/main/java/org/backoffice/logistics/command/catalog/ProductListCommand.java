package org.backoffice.logistics.command.catalog;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductQuery;
import org.backoffice.logistics.api.catalog.ProductService;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "product-list", description = "Lists products (active ones unless --all)")
@Service
public class ProductListCommand extends PagedListCommand {

    private static final Table<Product> TABLE = Table.of(Product.class)
            .column("SKU", Product::sku)
            .column("Name", 40, Product::name)
            .column("Type", Product::type)
            .column("UoM", Product::uom)
            .column("GTIN", Product::gtin)
            .right("Cost", Product::standardCost)
            .right("Price", Product::listPrice)
            .column("Currency", Product::currency)
            .column("Tax", Product::taxCode)
            .column("Active", product -> Boolean.TRUE.equals(product.active()) ? "yes" : "no");

    @Reference
    ProductService products;

    @Option(name = "--query", aliases = "-q", description = "Part of the SKU, name or GTIN")
    String text;

    @Option(name = "--type", aliases = "-t", description = "STOCKED or SERVICE")
    ProductType type;

    @Option(name = "--all", aliases = "-a", description = "Include inactive products")
    boolean all;

    @Override
    public Object execute() {
        print(products.find(new ProductQuery(text, type, all ? null : Boolean.TRUE), page()), TABLE, "products");
        return null;
    }
}
