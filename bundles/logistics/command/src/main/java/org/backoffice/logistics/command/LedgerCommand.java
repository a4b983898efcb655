package org.backoffice.logistics.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.logistics.api.stock.StockLedger;
import org.backoffice.logistics.api.stock.StockService;

@Command(scope = "logistics", name = "ledger", description = "Shows a product's moves with the running quantity")
@Service
public class LedgerCommand implements Action {

    @Reference
    StockService stock;

    @Argument(index = 0, name = "sku", description = "The product's SKU", required = true)
    @Completion(SkuCompleter.class)
    String sku;

    @Option(name = "--warehouse", aliases = "-w", description = "Only moves into or out of this warehouse")
    @Completion(WarehouseCompleter.class)
    String warehouse;

    @Override
    public Object execute() {
        StockLedger ledger = stock.ledger(sku, warehouse);
        ShellTable table = new ShellTable();
        table.column("Move").alignRight();
        table.column("When (UTC)");
        table.column("Type");
        table.column("From");
        table.column("To");
        table.column("Change").alignRight();
        table.column("Balance").alignRight();
        table.column("Reason / reference").maxSize(40);
        table.column("User");
        for (StockLedger.Line line : ledger.lines()) {
            String note = line.reason() == null ? Text.value(line.reference())
                    : line.reference() == null ? line.reason() : line.reason() + " / " + line.reference();
            table.addRow().addContent(line.moveId(), line.movedAt().toString().replace('T', ' '), line.type(),
                    place(line.fromWarehouse(), line.fromLocation()), place(line.toWarehouse(), line.toLocation()),
                    Text.value(line.change()), Text.value(line.balance()), note, line.user());
        }
        table.print(System.out);
        System.out.println(ledger.sku() + (ledger.warehouse() == null ? "" : " in " + ledger.warehouse())
                + ": on hand " + ledger.onHand().toPlainString() + " " + ledger.uom());
        return null;
    }

    private static String place(String warehouse, String location) {
        return warehouse == null ? "" : warehouse + "/" + location;
    }
}
