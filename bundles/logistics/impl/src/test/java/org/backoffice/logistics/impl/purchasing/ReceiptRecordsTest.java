package org.backoffice.logistics.impl.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backoffice.logistics.api.purchasing.GoodsReceipt;
import org.backoffice.platform.api.audit.FieldChange;
import org.junit.jupiter.api.Test;

class ReceiptRecordsTest {

    private static final GoodsReceipt RECEIPT = new GoodsReceipt(3, 11, "PO-2026-000004", "SUP-1", "H1", "EUR",
            "DN-4711", List.of(new GoodsReceipt.Line("FLOUR-1", new BigDecimal("12"), "H1-RECV",
                    new BigDecimal("1.50"), new BigDecimal("18.00"), 7)), new BigDecimal("18.00"),
            Instant.EPOCH, "anna");

    @Test
    void theAuditNamesEachLineWithItsMove() {
        List<FieldChange> changes = ReceiptRecords.changes(RECEIPT).changes();
        assertEquals("12 FLOUR-1 to H1-RECV (move 7)", changes.stream()
                .filter(change -> change.field().equals("lines[1]")).findFirst().orElseThrow().newValue());
        assertEquals("PO-2026-000004", changes.get(0).newValue());
    }

    @Test
    void thePayloadCarriesWhatABillNeeds() {
        Map<String, Object> payload = ReceiptRecords.payload(RECEIPT);
        assertEquals(List.of("receiptId", "purchaseOrderId", "purchaseOrderNumber", "supplier", "warehouse",
                "currency", "lines", "total"), List.copyOf(payload.keySet()));
        assertEquals(List.of(Map.of("sku", "FLOUR-1", "quantity", new BigDecimal("12"),
                "unitPrice", new BigDecimal("1.50"), "lineTotal", new BigDecimal("18.00"))), payload.get("lines"));
    }
}
