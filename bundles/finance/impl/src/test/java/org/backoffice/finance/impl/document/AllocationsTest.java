package org.backoffice.finance.impl.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.receivables.AllocationDraft;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.Validator;
import org.junit.jupiter.api.Test;

class AllocationsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private final Map<Long, Allocations.Target> invoices = Map.of(
            1L, new Allocations.Target(1, "C1", "EUR", InvoiceStatus.POSTED, DAY.minusDays(10), new BigDecimal("100.00")),
            2L, new Allocations.Target(2, "C1", "EUR", InvoiceStatus.PARTIALLY_PAID, DAY.minusDays(5),
                    new BigDecimal("40.00")),
            3L, new Allocations.Target(3, "C2", "EUR", InvoiceStatus.POSTED, DAY, new BigDecimal("10.00")),
            4L, new Allocations.Target(4, "C1", "EUR", InvoiceStatus.DRAFT, DAY, new BigDecimal("10.00")),
            5L, new Allocations.Target(5, "C1", "EUR", InvoiceStatus.POSTED, DAY.plusDays(1), new BigDecimal("10.00")));

    private static AllocationDraft a(long invoice, String amount) {
        return new AllocationDraft(invoice, new BigDecimal(amount));
    }

    @Test
    void theRestStaysUnallocated() {
        Validator v = new Validator();
        BigDecimal rest = Allocations.check(v, "allocations", "C1", "EUR", DAY, new BigDecimal("200.00"),
                List.of(a(1, "100.00"), a(2, "15.50")), invoices);
        assertFalse(v.hasErrors());
        assertEquals(new BigDecimal("84.50"), rest);
    }

    @Test
    void allocationsToTheSameInvoiceAddUpAgainstItsOpenAmount() {
        Validator v = new Validator();
        Allocations.check(v, "allocations", "C1", "EUR", DAY, new BigDecimal("200.00"),
                List.of(a(2, "30.00"), a(2, "10.01")), invoices);
        assertEquals(List.of(new FieldError("allocations[1].amount",
                "is more than the open amount 10.00 of invoice 2")), v.errors());
    }

    @Test
    void everyBrokenRuleNamesItsAllocation() {
        Validator v = new Validator();
        Allocations.check(v, "allocations", "C1", "EUR", DAY, new BigDecimal("200.00"),
                List.of(a(3, "1"), a(4, "1"), a(9, "1"), a(5, "1"), a(1, "100.01")), invoices);
        List<String> fields = v.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("allocations[0].invoice", "allocations[1].invoice", "allocations[2].invoice",
                "allocations[3].invoice", "allocations[4].amount"), fields);
        assertTrue(v.errors().get(1).message().contains("draft"));
    }

    @Test
    void allocatingMoreThanTheReceiptIsRefused() {
        Validator v = new Validator();
        Allocations.check(v, "allocations", "C1", "EUR", DAY, new BigDecimal("50.00"),
                List.of(a(1, "40.00"), a(2, "20.00")), invoices);
        assertEquals("allocations", v.errors().get(0).field());
    }

    @Test
    void shapeRefusesZeroAndOverPreciseAmounts() {
        Validator v = new Validator();
        Allocations.checkShape(v, "allocations", List.of(a(1, "0"), a(1, "1.001"),
                new AllocationDraft(null, BigDecimal.ONE)), "EUR");
        assertEquals(List.of("allocations[0].amount", "allocations[1].amount", "allocations[2].invoice"),
                v.errors().stream().map(FieldError::field).toList());
    }
}
