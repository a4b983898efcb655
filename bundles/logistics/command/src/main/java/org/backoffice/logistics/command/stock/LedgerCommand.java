package org.backoffice.logistics.command.stock;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.stock.StockLedger;
import org.backoffice.logistics.api.stock.StockService;
import org.backoffice.logistics.command.catalog.SkuCompleter;
import org.backoffice.logistics.command.warehouse.WarehouseCompleter;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "ledger", description = "Shows a product's moves with the running quantity")
@Service
public class LedgerCommand implements Action {

    private static final Table<StockLedger.Line> TABLE = Table.of(StockLedger.Line.class)
            .right("Move", StockLedger.Line::moveId)
            .column("When (UTC)", line -> line.movedAt().toString().replace('T', ' '))
            .column("Type", StockLedger.Line::type)
            .column("From", line -> place(line.fromWarehouse(), line.fromLocation()))
            .column("To", line -> place(line.toWarehouse(), line.toLocation()))
            .right("Change", StockLedger.Line::change).right("Balance", StockLedger.Line::balance)
            .column("Reason / reference", 40, LedgerCommand::note).column("User", StockLedger.Line::user);

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
        TABLE.print(ledger.lines());
        System.out.println(ledger.sku() + (ledger.warehouse() == null ? "" : " in " + ledger.warehouse())
                + ": on hand " + ledger.onHand().toPlainString() + " " + ledger.uom());
        return null;
    }

    private static String note(StockLedger.Line line) {
        return line.reason() == null ? Table.text(line.reference())
                : line.reference() == null ? line.reason() : line.reason() + " / " + line.reference();
    }

    private static String place(String warehouse, String location) {
        return warehouse == null ? "" : warehouse + "/" + location;
    }
}
