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
import org.backoffice.logistics.api.catalog.UnitConversion;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "product-units", description = "Shows, sets or removes the other units a product "
        + "is ordered in, e.g. logistics:product-units --set XBX=12 PEN-1")
@Service
public class ProductUnitsCommand implements Action {

    private static final Table<UnitConversion> TABLE = Table.of(UnitConversion.class)
            .column("Unit", UnitConversion::unit)
            .column("Factor", UnitConversion::factor);

    @Reference
    ProductService products;

    @Argument(index = 0, name = "sku", description = "The product", required = true)
    @Completion(SkuCompleter.class)
    String sku;

    @Option(name = "--set", aliases = "-s", description = "UNIT=FACTOR: one UNIT holds FACTOR of the product's unit")
    String set;

    @Option(name = "--remove", aliases = "-r", description = "The unit whose conversion goes")
    @Completion(UnitCompleter.class)
    String remove;

    @Override
    public Object execute() throws Exception {
        ShellProblems.run(() -> {
            if (set != null) {
                int at = set.indexOf('=');
                String unit = at < 0 ? set : set.substring(0, at).trim();
                products.setConversion(sku, new UnitConversion(unit,
                        ShellValues.decimal("factor", at < 0 ? null : set.substring(at + 1))));
            }
            if (remove != null) {
                products.removeConversion(sku, remove);
            }
            Product product = products.require(sku);
            System.out.println(product.sku() + " is counted in " + product.uom());
            TABLE.print(products.conversions(sku));
        });
        return null;
    }
}
