package org.backoffice.logistics.command.catalog;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductQuery;
import org.backoffice.logistics.api.catalog.ProductService;
import org.backoffice.platform.api.PageRequest;

/** Completes the SKUs of active products starting with what was typed. */
@Service
public class SkuCompleter implements Completer {

    @Reference
    ProductService products;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        StringsCompleter skus = new StringsCompleter();
        products.find(new ProductQuery(typed.isEmpty() ? null : typed, null, Boolean.TRUE),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(Product::sku)
                .filter(sku -> sku.startsWith(typed))
                .forEach(sku -> skus.getStrings().add(sku));
        return skus.complete(session, commandLine, candidates);
    }
}
