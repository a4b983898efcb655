package org.backoffice.bridge.logisticsfinance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backoffice.finance.api.document.InvoiceLineDraft;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.payables.Bill;
import org.backoffice.finance.api.payables.BillDraft;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.BusinessEvent;
import org.junit.jupiter.api.Test;

class ReceiptBillerTest {

    private final List<BillDraft> bills = new ArrayList<>();

    /** Creates bills as finance does, refusing a second one with the same supplier reference. */
    private final PayablesService payables = (PayablesService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {PayablesService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("createBill")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                BillDraft draft = (BillDraft) args[0];
                if (bills.stream().anyMatch(b -> b.supplier().equals(draft.supplier())
                        && b.supplierReference().equals(draft.supplierReference()))) {
                    throw ValidationFailedException.of("supplierReference", "is already on bill 1");
                }
                bills.add(draft);
                return new Bill(bills.size(), null, InvoiceStatus.DRAFT, draft.supplier(), draft.supplierReference(),
                        draft.date(), null, draft.currency(), null, draft.description(), List.of(), List.of(),
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, 0);
            });

    /** JpaPurchasingService's payload as the log gives it back. */
    private static BusinessEvent received(long id, int receipt) {
        return new BusinessEvent(id, LogisticsModule.TOPIC_GOODS_RECEIVED, "PO-2026-000002",
                Instant.parse("2026-11-05T08:00:00Z"), "bob", Map.of("receiptId", receipt, "purchaseOrderId", 2,
                        "purchaseOrderNumber", "PO-2026-000002", "supplier", "SUP-1", "warehouse", "W1",
                        "currency", "USD", "total", new BigDecimal("40.00"), "lines", List.of(
                                Map.of("sku", "BOLT-1", "quantity", 8, "unitPrice", new BigDecimal("5.00"),
                                        "lineTotal", new BigDecimal("40.00")))));
    }

    @Test
    void aGoodsReceiptBecomesOneDraftBillWhateverTheDeliveries() {
        ReceiptBiller biller = new ReceiptBiller(payables, sku -> Optional.of(new ProductNames.Facts("Bolt M8", null)), "STD", 0);
        assertEquals("GR-17", biller.bills(received(3, 17)).get(0).supplierReference());
        assertTrue(biller.bills(received(3, 17)).isEmpty(), "delivered again: billed before");
        biller.onEvent(received(4, 18));

        assertEquals(List.of("GR-17", "GR-18"), bills.stream().map(BillDraft::supplierReference).toList());
        BillDraft bill = bills.get(0);
        assertEquals("SUP-1", bill.supplier());
        assertEquals(LocalDate.of(2026, 11, 5), bill.date());
        assertEquals("USD", bill.currency());
        assertTrue(bill.description().contains("PO-2026-000002"), bill.description());
        assertEquals(List.of(new InvoiceLineDraft("BOLT-1 Bolt M8", new BigDecimal("8"), new BigDecimal("5.00"),
                "STD", null)), bill.lines());
    }

    @Test
    void aReceiptOfMoreLinesThanABillTakesBecomesBillsOfTheMostEachBilledOnce() {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < InvoiceDraft.MAX_LINES + 1; i++) {
            lines.add(Map.of("sku", "P-" + i, "quantity", 1, "unitPrice", new BigDecimal("1.00")));
        }
        BusinessEvent big = new BusinessEvent(5, LogisticsModule.TOPIC_GOODS_RECEIVED, "PO-2026-000009",
                Instant.parse("2026-11-06T08:00:00Z"), "bob", Map.of("receiptId", 19, "purchaseOrderId", 9,
                        "purchaseOrderNumber", "PO-2026-000009", "supplier", "SUP-1", "warehouse", "W1",
                        "currency", "USD", "total", new BigDecimal("501.00"), "lines", lines));
        ReceiptBiller biller = new ReceiptBiller(payables, sku -> Optional.empty(), "STD", 0);
        assertEquals(2, biller.bills(big).size());
        assertTrue(biller.bills(big).isEmpty(), "delivered again: both parts billed before");
        assertEquals(List.of("GR-19", "GR-19/2"), bills.stream().map(BillDraft::supplierReference).toList());
        assertEquals(List.of(InvoiceDraft.MAX_LINES, 1), bills.stream().map(b -> b.lines().size()).toList());
    }

    @Test
    void otherRefusalsAreNotMistakenForADuplicate() {
        PayablesService refusing = (PayablesService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PayablesService.class}, (proxy, method, args) -> {
                    throw ValidationFailedException.of("supplier", "is not a supplier");
                });
        ReceiptBiller biller = new ReceiptBiller(refusing, sku -> Optional.empty(), "STD", 0);
        assertThrows(ValidationFailedException.class, () -> biller.onEvent(received(3, 17)));
    }

    @Test
    void receiptsBeforeTheInstallationMarkAreIgnored() {
        ReceiptBiller biller = new ReceiptBiller(payables, sku -> Optional.empty(), "STD", 3);
        biller.onEvent(received(3, 17));
        biller.onEvent(received(4, 18));
        assertEquals(List.of("GR-18"), bills.stream().map(BillDraft::supplierReference).toList());
    }
}
