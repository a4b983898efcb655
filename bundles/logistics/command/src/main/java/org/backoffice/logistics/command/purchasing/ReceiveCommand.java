package org.backoffice.logistics.command.purchasing;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.logistics.api.purchasing.GoodsReceipt;
import org.backoffice.logistics.api.purchasing.GoodsReceiptDraft;
import org.backoffice.logistics.api.purchasing.PurchasingService;
import org.backoffice.logistics.command.catalog.SkuCompleter;
import org.backoffice.logistics.command.catalog.UnitCompleter;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "logistics", name = "receive", description = "Receives goods against a purchase order, e.g. "
        + "logistics:receive --location BER-A1 42 PEN-1 100")
@Service
public class ReceiveCommand implements Action {

    private static final Table<GoodsReceipt.Line> LINES = Table.of(GoodsReceipt.Line.class)
            .column("SKU", GoodsReceipt.Line::sku).right("Quantity", GoodsReceipt.Line::quantity)
            .column("Location", GoodsReceipt.Line::location).right("Unit price", GoodsReceipt.Line::unitPrice)
            .right("Line total", GoodsReceipt.Line::lineTotal).right("Move", GoodsReceipt.Line::moveId);

    @Reference
    PurchasingService purchasing;

    @Argument(index = 0, name = "po", description = "The purchase order's id", required = true)
    long purchaseOrder;

    @Argument(index = 1, name = "sku", description = "The product's SKU", required = true)
    @Completion(SkuCompleter.class)
    String sku;

    @Argument(index = 2, name = "quantity", description = "In the product's unit, or in --unit", required = true)
    String quantity;

    @Option(name = "--unit", aliases = "-u", description = "A unit the product has a conversion for, e.g. XBX")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--location", aliases = "-l", description = "Location (default: the receiving location)")
    String location;

    @Option(name = "--reference", description = "Outside document, e.g. the delivery note")
    String reference;

    @Override
    public Object execute() throws Exception {
        GoodsReceipt receipt = ShellProblems.report(() -> purchasing.receive(purchaseOrder, new GoodsReceiptDraft(
                List.of(new GoodsReceiptDraft.Line(sku, ShellValues.decimal("quantity", quantity), location,
                        unit)), reference)));
        System.out.println("Receipt " + receipt.id() + " on " + receipt.purchaseOrderNumber() + ": "
                + Table.text(receipt.total()) + " " + receipt.currency() + ", order is now "
                + purchasing.require(purchaseOrder).status());
        LINES.print(receipt.lines());
        return null;
    }
}
