package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.logistics.api.sales.Shipment;
import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.platform.support.text.Html;

/** Renders delivery notes as plain text and as HTML (every value escaped). */
final class DeliveryNotes {

    /** What goes on a note; customer name and address are null when the partners module is not installed. */
    record Note(Shipment shipment, LocalDate requestedDate, String customerName, String customerAddress,
            Warehouse warehouse, List<Item> items) {

        Note withCustomer(String name, String address) {
            return new Note(shipment, requestedDate, name, address, warehouse, items);
        }
    }

    record Item(int orderLine, String sku, String description, BigDecimal quantity, UnitEntity uom) {
    }

    private DeliveryNotes() {
    }

    static String address(org.backoffice.platform.api.Address address) {
        if (address == null) {
            return null;
        }
        return lines(address.street(), join(address.postalCode(), address.city(), " "), address.country());
    }

    static String text(Note note) {
        Shipment s = note.shipment();
        StringBuilder out = new StringBuilder();
        out.append("DELIVERY NOTE ").append(s.number()).append('\n');
        out.append("=".repeat(14 + s.number().length())).append("\n\n");
        for (String[] field : header(note)) {
            out.append(String.format("%-14s %s%n", field[0] + ":", field[1]));
        }
        out.append('\n');
        int skuWidth = Math.max(3, note.items().stream().mapToInt(i -> i.sku().length()).max().orElse(3));
        int descriptionWidth = Math.max(11, note.items().stream().mapToInt(i -> i.description().length()).max()
                .orElse(11));
        String row = "%-4s  %-" + skuWidth + "s  %-" + descriptionWidth + "s  %12s  %-4s%n";
        out.append(String.format(row, "Line", "SKU", "Description", "Quantity", "Unit"));
        for (Item item : note.items()) {
            out.append(String.format(row, item.orderLine(), item.sku(), item.description(),
                    item.quantity().toPlainString(), item.uom()));
        }
        return out.toString();
    }

    static String html(Note note) {
        Shipment s = note.shipment();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Delivery note ")
                .append(Html.escape(s.number())).append("</title></head>\n<body>\n<h1>Delivery note ")
                .append(Html.escape(s.number())).append("</h1>\n<table class=\"header\">\n");
        for (String[] field : header(note)) {
            out.append("<tr><th>").append(Html.escape(field[0])).append("</th><td>").append(Html.escape(field[1]))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n<table class=\"lines\">\n<thead><tr><th>Line</th><th>SKU</th><th>Description</th>"
                + "<th>Quantity</th><th>Unit</th></tr></thead>\n<tbody>\n");
        for (Item item : note.items()) {
            out.append("<tr><td>").append(item.orderLine()).append("</td><td>").append(Html.escape(item.sku()))
                    .append("</td><td>").append(Html.escape(item.description())).append("</td><td>")
                    .append(Html.escape(item.quantity().toPlainString())).append("</td><td>")
                    .append(Html.escape(item.uom().code())).append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n</body></html>\n").toString();
    }

    private static List<String[]> header(Note note) {
        Shipment s = note.shipment();
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"Order", s.orderNumber()});
        if (note.requestedDate() != null) {
            fields.add(new String[] {"Requested", note.requestedDate().toString()});
        }
        fields.add(new String[] {"Customer", note.customerName() == null ? s.customer()
                : s.customer() + " " + note.customerName()});
        fields.add(new String[] {"Ship to", note.customerAddress() == null ? "(address not known)"
                : note.customerAddress()});
        Warehouse w = note.warehouse();
        fields.add(new String[] {"From", w == null ? s.warehouse() : w.code() + " " + w.name()
                + (w.address() == null ? "" : ", " + lines(w.address().street(),
                        join(w.address().postalCode(), w.address().city(), " "), w.address().country()))});
        fields.add(new String[] {"Packages", Integer.toString(s.packages())});
        fields.add(new String[] {"Carrier", s.carrier() == null ? "" : s.carrier()});
        fields.add(new String[] {"Tracking", s.trackingNumber() == null ? "" : s.trackingNumber()});
        fields.add(new String[] {"Dispatched", s.dispatchedAt() == null ? "not yet (" + s.status() + ")"
                : s.dispatchedAt().toString()});
        return fields;
    }

    /** The non-blank parts, comma-separated. */
    private static String lines(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }

    private static String join(String a, String b, String separator) {
        return Stream.of(a, b).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
    }
}
