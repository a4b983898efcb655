package org.backoffice.logistics.command.catalog;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductService;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "logistics", name = "product-add", description = "Adds a product, e.g. logistics:product-add "
        + "--gtin 4006381333931 --cost 0.80 --price 1.95 --currency EUR PEN-1 \"Ballpoint pen\" PCE")
@Service
public class ProductAddCommand implements Action {

    @Reference
    ProductService products;

    @Argument(index = 0, name = "sku", description = "Unique SKU, e.g. PEN-1", required = true)
    String sku;

    @Argument(index = 1, name = "name", description = "Name (quote it when it has spaces)", required = true)
    String name;

    @Argument(index = 2, name = "uom", description = "Unit code, e.g. PCE, EA, KGM (see logistics:unit-list)",
            required = true)
    @Completion(UnitCompleter.class)
    String uom;

    @Option(name = "--type", aliases = "-t", description = "STOCKED (default) or SERVICE")
    ProductType type = ProductType.STOCKED;

    @Option(name = "--gtin", aliases = "-g", description = "GTIN-8, -12, -13 or -14")
    String gtin;

    @Option(name = "--cost", description = "Standard cost of one unit, e.g. 0.80")
    String cost;

    @Option(name = "--price", description = "List price of one unit, e.g. 1.95")
    String price;

    @Option(name = "--currency", aliases = "-c", description = "Currency of cost and price, ISO 4217")
    String currency;

    @Option(name = "--tax-code", description = "Finance tax code of its sales and purchases (default: finance's)")
    String taxCode;

    @Override
    public Object execute() {
        try {
            Product created = products.create(new Product(sku, name, uom, type, gtin, ShellValues.decimal("cost", cost),
                    ShellValues.decimal("price", price), currency, taxCode, Boolean.TRUE, null));
            System.out.println("Product " + created.sku() + " added (" + created.type() + ", " + created.uom() + ")");
        } catch (ValidationFailedException e) {
            e.errors().forEach(error -> System.err.println(error.field() + ": " + error.message()));
            throw e;
        }
        return null;
    }
}
