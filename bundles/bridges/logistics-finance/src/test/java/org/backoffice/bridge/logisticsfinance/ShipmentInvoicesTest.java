package org.backoffice.bridge.logisticsfinance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backoffice.finance.api.document.InvoiceLineDraft;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.logistics.api.sales.SalesDocuments;
import org.backoffice.platform.api.event.BusinessEvent;
import org.junit.jupiter.api.Test;

class ShipmentInvoicesTest {

    /** What the log gives back for JpaShipmentService's payload: whole numbers as Integer, decimals as BigDecimal. */
    static BusinessEvent dispatched(long id, String shipment, List<Map<String, Object>> lines) {
        return new BusinessEvent(id, SalesDocuments.TOPIC_SHIPMENT_DISPATCHED, shipment,
                Instant.parse("2026-11-30T23:30:00Z"), "alice", Map.of("shipmentId", 7, "shipmentNumber", shipment,
                        "orderNumber", "SO-2026-000003", "customer", "ACME-1", "currency", "EUR",
                        "dispatchedAt", "2026-11-30T23:30:00Z", "lines", lines, "total", new BigDecimal("55.00")));
    }

    @Test
    void oneInvoiceLinePerShippedLineWithSkuNameQuantityPriceAndTaxCode() {
        BusinessEvent event = dispatched(1, "SH-2026-000001", List.of(
                Map.of("sku", "BOLT-1", "quantity", 5, "unitPrice", new BigDecimal("10.00")),
                Map.of("sku", "NUT-2", "quantity", new BigDecimal("2.5"), "unitPrice", new BigDecimal("2.00"))));

        List<InvoiceDraft> drafts = ShipmentInvoices.drafts(event, "RED",
                sku -> sku.equals("BOLT-1") ? Optional.of(new ProductNames.Facts("Bolt M8", null)) : Optional.empty());
        assertEquals(1, drafts.size());
        InvoiceDraft draft = drafts.get(0);

        assertEquals("ACME-1", draft.customer());
        assertEquals("SH-2026-000001", draft.reference());
        assertEquals("EUR", draft.currency());
        assertEquals(LocalDate.of(2026, 11, 30), draft.date(), "the UTC day of dispatch");
        assertNull(draft.dueDate(), "the customer's terms decide");
        assertEquals(List.of(
                new InvoiceLineDraft("BOLT-1 Bolt M8", new BigDecimal("5"), new BigDecimal("10.00"), "RED", null),
                new InvoiceLineDraft("NUT-2", new BigDecimal("2.5"), new BigDecimal("2.00"), "RED", null)),
                draft.lines());
    }

    @Test
    void aProductsOwnTaxCodeWinsOverTheConfiguredOne() {
        BusinessEvent event = dispatched(1, "SH-3", List.of(
                Map.of("sku", "BOOK-1", "quantity", 1, "unitPrice", new BigDecimal("20.00")),
                Map.of("sku", "PEN-1", "quantity", 2, "unitPrice", new BigDecimal("1.50"))));
        InvoiceDraft draft = ShipmentInvoices.drafts(event, "STD", sku -> Optional.of(sku.equals("BOOK-1")
                ? new ProductNames.Facts("ספר · 书", "RED") : new ProductNames.Facts("Pen", null))).get(0);
        assertEquals(List.of("RED", "STD"), draft.lines().stream().map(InvoiceLineDraft::taxCode).toList());
        assertEquals("BOOK-1 ספר · 书", draft.lines().get(0).description());
    }

    @Test
    void aNameInThePayloadWinsOverTheProductMaster() {
        BusinessEvent event = dispatched(1, "SH-1", List.of(
                Map.of("sku", "BOLT-1", "name", "Bolt (as shipped)", "quantity", 1, "unitPrice", 3)));
        InvoiceDraft draft = ShipmentInvoices.drafts(event, "STD", sku -> Optional.of(new ProductNames.Facts("Bolt today", null))).get(0);
        assertEquals("BOLT-1 Bolt (as shipped)", draft.lines().get(0).description());
    }

    @Test
    void aPayloadWithoutLinesOrPricesIsRefusedNamingTheMember() {
        IllegalArgumentException noLines = assertThrows(IllegalArgumentException.class,
                () -> ShipmentInvoices.drafts(dispatched(1, "SH-1", List.of()), "STD", sku -> Optional.empty()));
        assertTrue(noLines.getMessage().contains("'lines'"), noLines.getMessage());
        IllegalArgumentException noPrice = assertThrows(IllegalArgumentException.class,
                () -> ShipmentInvoices.drafts(dispatched(1, "SH-1", List.of(Map.of("sku", "A", "quantity", 1))),
                        "STD", sku -> Optional.empty()));
        assertTrue(noPrice.getMessage().contains("'unitPrice'"), noPrice.getMessage());
    }
}
