package org.backoffice.logistics.impl.sales;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.logistics.api.sales.Shipment;
import org.backoffice.logistics.api.sales.ShipmentStatus;
import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.logistics.impl.TestUnits;
import org.backoffice.platform.api.Address;
import org.junit.jupiter.api.Test;

class DeliveryNotesTest {

    private static DeliveryNotes.Note note(String carrier, String description) {
        Shipment shipment = new Shipment(7, "SH-2026-000007", 3, "SO-2026-000003", "ACME", "BER", carrier,
                "TRK-1", 2, ShipmentStatus.DISPATCHED, "EUR", List.of(), new BigDecimal("10.00"), "u",
                Instant.parse("2026-11-03T10:00:00Z"), Instant.parse("2026-11-03T11:00:00Z"));
        return new DeliveryNotes.Note(shipment, LocalDate.parse("2026-11-05"), "Acme & Söhne",
                "Hauptstr. 1, 10115 Berlin, DE", new Warehouse("BER", "Lager Berlin",
                        new Address("Hafenstr. 3", "Berlin", "10117", "DE"), 1L),
                List.of(new DeliveryNotes.Item(1, "PEN-1", description, new BigDecimal("12"), TestUnits.PCE)));
    }

    @Test
    void htmlEscapesEveryValue() {
        String html = DeliveryNotes.html(note("<script>alert('x')</script>", "Pens \"blue\" & red"));
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("Pens &quot;blue&quot; &amp; red"), html);
        assertTrue(html.contains("Acme &amp; Söhne"), html);
    }

    @Test
    void textListsOrderCustomerAddressLinesPackagesCarrierAndTracking() {
        String text = DeliveryNotes.text(note("DHL", "Pens"));
        for (String expected : List.of("DELIVERY NOTE SH-2026-000007", "SO-2026-000003", "ACME Acme & Söhne",
                "Hauptstr. 1, 10115 Berlin, DE", "BER Lager Berlin, Hafenstr. 3, 10117 Berlin, DE", "Packages:      2",
                "DHL", "TRK-1", "PEN-1", "Pens")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertTrue(text.lines().anyMatch(line -> line.contains("PEN-1") && line.trim().endsWith("12  PCE")), text);
    }
}
