package org.backoffice.logistics.command.sales;

import org.backoffice.logistics.api.sales.PickList;
import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderLine;
import org.backoffice.logistics.api.sales.Shipment;
import org.backoffice.platform.support.shell.Table;

/** The tables the sales commands print: a heading line, then the document's lines. */
final class SalesTables {

    private static final Table<SalesOrderLine> ORDER_LINES = Table.of(SalesOrderLine.class)
            .right("Line", SalesOrderLine::lineNo).column("SKU", SalesOrderLine::sku)
            .right("Ordered", SalesOrderLine::quantity).right("Reserved", SalesOrderLine::reserved)
            .right("Backordered", SalesOrderLine::backordered).right("Picked", SalesOrderLine::picked)
            .right("Shipped", SalesOrderLine::shipped).right("Unit price", SalesOrderLine::unitPrice)
            .right("Total", SalesOrderLine::lineTotal);

    private static final Table<PickList.Line> PICK_LINES = Table.of(PickList.Line.class)
            .right("Line", PickList.Line::id).column("Order", PickList.Line::orderNumber)
            .column("SKU", PickList.Line::sku).column("Location", PickList.Line::location)
            .right("Quantity", line -> Table.text(line.quantity()) + " " + line.uom())
            .right("Picked", PickList.Line::picked);

    private static final Table<Shipment.Line> SHIPMENT_LINES = Table.of(Shipment.Line.class)
            .right("Line", Shipment.Line::orderLine).column("SKU", Shipment.Line::sku)
            .right("Quantity", line -> Table.text(line.quantity()) + " " + line.uom())
            .right("Unit price", Shipment.Line::unitPrice).right("Total", Shipment.Line::lineTotal);

    private SalesTables() {
    }

    static void printOrder(SalesOrder order) {
        System.out.println("Sales order " + order.id() + " " + order.number() + " " + order.status() + " customer "
                + order.customer() + " warehouse " + order.warehouse() + " total " + Table.text(order.total()) + " "
                + order.currency());
        ORDER_LINES.print(order.lines());
    }

    static void printPickList(PickList list) {
        System.out.println("Pick list " + list.id() + " " + list.number() + " " + list.status() + " warehouse "
                + list.warehouse());
        PICK_LINES.print(list.lines());
    }

    static void printShipment(Shipment shipment) {
        System.out.println("Shipment " + shipment.id() + " " + shipment.number() + " " + shipment.status()
                + " order " + shipment.orderNumber() + " carrier " + Table.text(shipment.carrier()) + " tracking "
                + Table.text(shipment.trackingNumber()) + " total " + Table.text(shipment.total()) + " "
                + shipment.currency());
        SHIPMENT_LINES.print(shipment.lines());
    }
}
