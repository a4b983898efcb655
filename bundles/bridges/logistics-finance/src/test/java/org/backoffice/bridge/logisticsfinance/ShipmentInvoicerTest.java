package org.backoffice.bridge.logisticsfinance;

import static org.backoffice.bridge.logisticsfinance.ShipmentInvoicesTest.dispatched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.receivables.Invoice;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.platform.api.event.BusinessEvent;
import org.junit.jupiter.api.Test;

class ShipmentInvoicerTest {

    /** Receivables in memory: createInvoice, postInvoice (which can be made to fail) and findInvoiceByReference. */
    static final class Receivables {
        final List<Invoice> invoices = new ArrayList<>();
        final List<Integer> lineCounts = new ArrayList<>();
        int postFailures;
        long failPostOf; // the id of an invoice whose posting fails once

        ReceivablesService service() {
            return (ReceivablesService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ReceivablesService.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "createInvoice" -> create((InvoiceDraft) args[0]);
                        case "postInvoice" -> post((Long) args[0]);
                        case "findInvoiceByReference" -> invoices.stream()
                                .filter(i -> i.customer().equals(args[0]) && i.reference().equals(args[1]))
                                .findFirst();
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private Invoice create(InvoiceDraft draft) {
            lineCounts.add(draft.lines().size());
            BigDecimal gross = draft.lines().stream().map(l -> l.quantity().multiply(l.unitPrice()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Invoice invoice = new Invoice(invoices.size() + 1, null, InvoiceStatus.DRAFT, draft.customer(),
                    draft.date(), null, draft.currency(), draft.reference(), List.of(), List.of(), gross,
                    BigDecimal.ZERO, gross, gross, null, 0);
            invoices.add(invoice);
            return invoice;
        }

        private Invoice post(long id) {
            if (postFailures > 0 || failPostOf == id) {
                postFailures = Math.max(0, postFailures - 1);
                failPostOf = 0;
                throw new IllegalStateException("period closed");
            }
            Invoice i = invoices.get((int) id - 1);
            Invoice posted = new Invoice(i.id(), "INV-" + id, InvoiceStatus.POSTED, i.customer(), i.date(),
                    i.dueDate(), i.currency(), i.reference(), i.lines(), i.taxes(), i.net(), i.tax(), i.gross(),
                    i.open(), 1L, 1);
            invoices.set((int) id - 1, posted);
            return posted;
        }
    }

    private final Receivables receivables = new Receivables();

    private ShipmentInvoicer invoicer(BridgeConfig.InvoiceMode mode, long ignoreUpTo) {
        return new ShipmentInvoicer(receivables.service(), sku -> Optional.empty(), mode, "STD", ignoreUpTo);
    }

    private static BusinessEvent shipment(long eventId, String number) {
        return dispatched(eventId, number, List.of(Map.of("sku", "A", "quantity", 2, "unitPrice", 5)));
    }

    @Test
    void aRedeliveredShipmentFindsItsInvoiceInsteadOfMakingASecond() {
        ShipmentInvoicer bridge = invoicer(BridgeConfig.InvoiceMode.POSTED, 0);
        bridge.onEvent(shipment(1, "SH-1"));
        bridge.onEvent(shipment(1, "SH-1"));
        bridge.onEvent(shipment(2, "SH-2"));

        assertEquals(2, receivables.invoices.size());
        assertEquals(List.of("SH-1", "SH-2"), receivables.invoices.stream().map(Invoice::reference).toList());
        assertEquals(List.of(InvoiceStatus.POSTED, InvoiceStatus.POSTED),
                receivables.invoices.stream().map(Invoice::status).toList());
    }

    @Test
    void aFailedPostingIsRetriedOnTheDraftItLeft() {
        ShipmentInvoicer bridge = invoicer(BridgeConfig.InvoiceMode.POSTED, 0);
        receivables.postFailures = 1;
        assertThrows(IllegalStateException.class, () -> bridge.onEvent(shipment(1, "SH-1")));
        assertEquals(InvoiceStatus.DRAFT, receivables.invoices.get(0).status());

        bridge.onEvent(shipment(1, "SH-1")); // the platform delivers the failed event again

        assertEquals(1, receivables.invoices.size());
        assertEquals(InvoiceStatus.POSTED, receivables.invoices.get(0).status());
    }

    @Test
    void aShipmentOfMoreLinesThanAnInvoiceTakesBecomesInvoicesOfTheMostEachMadeOnce() {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * InvoiceDraft.MAX_LINES + 1; i++) {
            lines.add(Map.of("sku", "P-" + i, "quantity", 1, "unitPrice", 2));
        }
        ShipmentInvoicer bridge = invoicer(BridgeConfig.InvoiceMode.POSTED, 0);
        receivables.failPostOf = 2; // the first part posts, the second fails: the event is delivered again
        assertThrows(IllegalStateException.class, () -> bridge.onEvent(dispatched(1, "SH-9", lines)));
        assertEquals(2, receivables.invoices.size());
        bridge.onEvent(dispatched(1, "SH-9", lines));

        assertEquals(List.of("SH-9", "SH-9/2", "SH-9/3"), receivables.invoices.stream().map(Invoice::reference)
                .toList());
        assertEquals(List.of(InvoiceStatus.POSTED, InvoiceStatus.POSTED, InvoiceStatus.POSTED),
                receivables.invoices.stream().map(Invoice::status).toList());
        assertEquals(List.of(InvoiceDraft.MAX_LINES, InvoiceDraft.MAX_LINES, 1), receivables.lineCounts);
    }

    @Test
    void draftModeLeavesInvoicesUnpostedAndFreeShipmentsStayDrafts() {
        invoicer(BridgeConfig.InvoiceMode.DRAFT, 0)
                .onEvent(shipment(1, "SH-1"));
        invoicer(BridgeConfig.InvoiceMode.POSTED, 0)
                .onEvent(dispatched(2, "SH-2", List.of(Map.of("sku", "A", "quantity", 1, "unitPrice", 0))));

        assertEquals(List.of(InvoiceStatus.DRAFT, InvoiceStatus.DRAFT),
                receivables.invoices.stream().map(Invoice::status).toList());
    }

    @Test
    void eventsUpToTheInstallationMarkAreIgnored() {
        ShipmentInvoicer bridge = invoicer(BridgeConfig.InvoiceMode.POSTED, 5);
        bridge.onEvent(shipment(5, "SH-OLD"));
        bridge.onEvent(shipment(6, "SH-NEW"));
        assertEquals(List.of("SH-NEW"), receivables.invoices.stream().map(Invoice::reference).toList());
    }
}
