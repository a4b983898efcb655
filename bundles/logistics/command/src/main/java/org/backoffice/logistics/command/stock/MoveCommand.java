package org.backoffice.logistics.command.stock;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.stock.MoveType;
import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.logistics.api.stock.StockMoveDraft;
import org.backoffice.logistics.api.stock.StockService;
import org.backoffice.logistics.command.catalog.SkuCompleter;
import org.backoffice.logistics.command.warehouse.WarehouseCompleter;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "logistics", name = "move", description = "Moves stock (options go before the arguments), e.g. "
        + "logistics:move -w BER RECEIPT PEN-1 100; "
        + "logistics:move -w BER -l BER-RECV --to-location BER-A1 TRANSFER PEN-1 10; "
        + "logistics:move -w BER -l BER-A1 --reason damaged ADJUSTMENT PEN-1 -2")
@Service
public class MoveCommand implements Action {

    @Reference
    StockService stock;

    @Argument(index = 0, name = "type", description = "RECEIPT, ISSUE, TRANSFER or ADJUSTMENT", required = true)
    MoveType type;

    @Argument(index = 1, name = "sku", description = "The product's SKU", required = true)
    @Completion(SkuCompleter.class)
    String sku;

    @Argument(index = 2, name = "quantity", description = "In the product's unit; signed for ADJUSTMENT",
            required = true)
    String quantity;

    @Option(name = "--warehouse", aliases = "-w", description = "Warehouse (the source of a transfer)",
            required = true)
    @Completion(WarehouseCompleter.class)
    String warehouse;

    @Option(name = "--location", aliases = "-l",
            description = "Location (default: receiving for RECEIPT, shipping for ISSUE)")
    String location;

    @Option(name = "--to-warehouse", description = "TRANSFER: destination warehouse (default: the same)")
    @Completion(WarehouseCompleter.class)
    String toWarehouse;

    @Option(name = "--to-location", description = "TRANSFER: destination location")
    String toLocation;

    @Option(name = "--reason", aliases = "-r", description = "Why (required for ADJUSTMENT)")
    String reason;

    @Option(name = "--reference", description = "Outside document, e.g. a delivery note")
    String reference;

    @Override
    public Object execute() {
        try {
            StockMove move = stock.move(new StockMoveDraft(type, sku, ShellValues.decimal("quantity", quantity), warehouse,
                    location, toWarehouse, toLocation, reason, reference));
            System.out.println("Move " + move.id() + ": " + move.type() + " " + move.quantity().toPlainString() + " "
                    + move.sku() + place(" from ", move.fromWarehouse(), move.fromLocation())
                    + place(" to ", move.toWarehouse(), move.toLocation()));
        } catch (ValidationFailedException e) {
            e.errors().forEach(error -> System.err.println(error.field() + ": " + error.message()));
            throw e;
        } catch (ConflictProblem e) {
            System.err.println(e.detail());
            throw e;
        }
        return null;
    }

    private static String place(String prefix, String warehouse, String location) {
        return warehouse == null ? "" : prefix + warehouse + "/" + location;
    }
}
