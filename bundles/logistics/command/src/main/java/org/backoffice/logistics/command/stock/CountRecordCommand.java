package org.backoffice.logistics.command.stock;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.stock.CountedQuantity;
import org.backoffice.logistics.api.stock.CycleCountService;
import org.backoffice.logistics.command.catalog.SkuCompleter;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "logistics", name = "count-record", description = "Records the counted quantity of a product")
@Service
public class CountRecordCommand implements Action {

    @Reference
    CycleCountService counts;

    @Argument(index = 0, name = "id", description = "The cycle count's id", required = true)
    long id;

    @Argument(index = 1, name = "sku", description = "The product's SKU", required = true)
    @Completion(SkuCompleter.class)
    String sku;

    @Argument(index = 2, name = "counted", description = "What was counted, in the product's unit", required = true)
    String counted;

    @Override
    public Object execute() throws Exception {
        CountTable.print(ShellProblems.report(() -> counts.record(id, new CountedQuantity(sku,
                ShellValues.decimal("counted", counted)))));
        return null;
    }
}
