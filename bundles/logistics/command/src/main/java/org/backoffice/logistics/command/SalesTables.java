package org.backoffice.logistics.command;

import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.logistics.api.sales.PickList;
import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderLine;
import org.backoffice.logistics.api.sales.Shipment;

/** The tables the sales commands print. */
final class SalesTables {

    private SalesTables() {
    }

    static void printOrder(SalesOrder order) {
        System.out.println("Sales order " + order.id() + " " + order.number() + " " + order.status() + " customer "
                + order.customer() + " warehouse " + order.warehouse() + " total " + Text.value(order.total()) + " "
                + order.currency());
        ShellTable table = new ShellTable();
        table.column("Line").alignRight();
        table.column("SKU");
        table.column("Ordered").alignRight();
        table.column("Reserved").alignRight();
        table.column("Backordered").alignRight();
        table.column("Picked").alignRight();
        table.column("Shipped").alignRight();
        table.column("Unit price").alignRight();
        table.column("Total").alignRight();
        for (SalesOrderLine line : order.lines()) {
            table.addRow().addContent(line.lineNo(), line.sku(), Text.value(line.quantity()),
                    Text.value(line.reserved()), Text.value(line.backordered()), Text.value(line.picked()),
                    Text.value(line.shipped()), Text.value(line.unitPrice()), Text.value(line.lineTotal()));
        }
        table.print(System.out);
    }

    static void printPickList(PickList list) {
        System.out.println("Pick list " + list.id() + " " + list.number() + " " + list.status() + " warehouse "
                + list.warehouse());
        ShellTable table = new ShellTable();
        table.column("Line").alignRight();
        table.column("Order");
        table.column("SKU");
        table.column("Location");
        table.column("Quantity").alignRight();
        table.column("Picked").alignRight();
        for (PickList.Line line : list.lines()) {
            table.addRow().addContent(line.id(), line.orderNumber(), line.sku(), line.location(),
                    Text.value(line.quantity()) + " " + line.uom(), Text.value(line.picked()));
        }
        table.print(System.out);
    }

    static void printShipment(Shipment shipment) {
        System.out.println("Shipment " + shipment.id() + " " + shipment.number() + " " + shipment.status()
                + " order " + shipment.orderNumber() + " carrier " + Text.value(shipment.carrier()) + " tracking "
                + Text.value(shipment.trackingNumber()) + " total " + Text.value(shipment.total()) + " "
                + shipment.currency());
        ShellTable table = new ShellTable();
        table.column("Line").alignRight();
        table.column("SKU");
        table.column("Quantity").alignRight();
        table.column("Unit price").alignRight();
        table.column("Total").alignRight();
        for (Shipment.Line line : shipment.lines()) {
            table.addRow().addContent(line.orderLine(), line.sku(), Text.value(line.quantity()) + " " + line.uom(),
                    Text.value(line.unitPrice()), Text.value(line.lineTotal()));
        }
        table.print(System.out);
    }
}
