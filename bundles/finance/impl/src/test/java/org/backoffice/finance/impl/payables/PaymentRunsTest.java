package org.backoffice.finance.impl.payables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.payables.PaymentRunDraft;
import org.backoffice.finance.api.payables.PaymentRunItem;
import org.backoffice.finance.impl.document.Allocations;
import org.backoffice.finance.impl.document.InvoiceMath;
import org.junit.jupiter.api.Test;

class PaymentRunsTest {

    private static final LocalDate DUE_BY = LocalDate.of(2028, 4, 30);
    private static final LocalDate PAY_ON = LocalDate.of(2028, 4, 20);

    /** A bill as stored: id, supplier, currency, dates, gross; posted unless {@code posted} is false. */
    private static BillEntity bill(long id, String supplier, String currency, LocalDate date, LocalDate due,
            String gross, boolean posted) throws ReflectiveOperationException {
        BigDecimal amount = new BigDecimal(gross);
        List<InvoiceLine> lines = List.of(new InvoiceLine(1, "x", BigDecimal.ONE, amount, "ZERO", BigDecimal.ZERO,
                "5000", amount));
        BillEntity bill = new BillEntity(supplier, Instant.EPOCH, "test");
        bill.apply("R-" + id, date, due, currency, null, null, lines, InvoiceMath.totals(lines, currency));
        if (posted) {
            bill.posted("BILL-2028-" + id, id, Instant.EPOCH);
        }
        Field field = BillEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(bill, id);
        return bill;
    }

    private static List<Long> ids(List<BillEntity> bills) {
        return bills.stream().map(BillEntity::id).toList();
    }

    @Test
    void selectsPostedOpenBillsDueByTheDayInTheRunsCurrency() throws ReflectiveOperationException {
        LocalDate march = LocalDate.of(2028, 3, 1);
        BillEntity paidInFull = bill(5, "S1", "EUR", march, DUE_BY, "10.00", true);
        paidInFull.settle(new BigDecimal("10.00"));
        BillEntity partlyPaid = bill(6, "S2", "EUR", march, march.plusDays(30), "10.00", true);
        partlyPaid.settle(new BigDecimal("4.00"));
        List<BillEntity> bills = List.of(
                bill(1, "S1", "EUR", march, DUE_BY, "100.00", true), // due on the day: in
                bill(2, "S1", "EUR", march, DUE_BY.plusDays(1), "100.00", true), // due later: out
                bill(3, "S1", "EUR", march, march, "100.00", false), // draft: out
                bill(4, "S1", "USD", march, march, "100.00", true), // other currency: out
                paidInFull, // nothing open: out
                partlyPaid, // open 6.00: in
                bill(7, "S3", "EUR", PAY_ON.plusDays(1), DUE_BY, "100.00", true), // dated after payment: out
                bill(8, "S3", "EUR", PAY_ON, march, "100.00", true)); // dated on the payment day: in
        PaymentRunDraft draft = new PaymentRunDraft(DUE_BY, null, "EUR", PAY_ON, "1100");

        assertEquals(List.of(1L, 6L, 8L), ids(PaymentRuns.select(draft, bills)));
        assertEquals(List.of(6L), ids(PaymentRuns.select(new PaymentRunDraft(DUE_BY, "S2", "EUR", PAY_ON, "1100"),
                bills)));
    }

    @Test
    void aRunPaysEachSupplierOnceForAllItsBills() {
        LocalDate due = LocalDate.of(2028, 4, 1);
        List<PaymentRunItem> items = List.of(
                new PaymentRunItem(1, "BILL-1", "S1", "A-1", due, new BigDecimal("100.00"), null, null),
                new PaymentRunItem(2, "BILL-2", "S1", "A-2", due, new BigDecimal("20.50"), null, null),
                new PaymentRunItem(3, "BILL-3", "S2", "B-9", due, new BigDecimal("7.25"), null, null));

        List<SupplierPayments.Order> orders = PaymentRuns.orders(42, PAY_ON, "EUR", "1100", items);

        assertEquals(2, orders.size());
        SupplierPayments.Order first = orders.get(0);
        assertEquals("S1", first.supplier());
        assertEquals(new BigDecimal("120.50"), first.amount());
        assertEquals(List.of(new Allocations.Part(1L, new BigDecimal("100.00")),
                new Allocations.Part(2L, new BigDecimal("20.50"))), first.allocations());
        assertEquals("Payment run 42: A-1, A-2", first.reference());
        assertEquals(42L, first.paymentRun());
        assertEquals(PAY_ON, first.date());
        assertEquals("S2", orders.get(1).supplier());
        assertEquals(new BigDecimal("7.25"), orders.get(1).amount());
    }
}
