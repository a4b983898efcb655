package org.backoffice.logistics.impl.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.logistics.api.sales.SalesOrderStatus;
import org.junit.jupiter.api.Test;

class SalesMathTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<String> plain(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void lineTotalsRoundHalfUpToTheCurrencysMinorDigits() {
        assertEquals("19.50", SalesMath.lineTotal(d("10"), d("1.95"), "EUR").toPlainString());
        // 2.125 kg at 3.99 = 8.47875 → 8.48
        assertEquals("8.48", SalesMath.lineTotal(d("2.125"), d("3.99"), "EUR").toPlainString());
        // 0.005 exactly half a cent rounds up, never to even
        assertEquals("0.01", SalesMath.lineTotal(d("0.5"), d("0.01"), "EUR").toPlainString());
        assertEquals("1235", SalesMath.lineTotal(d("3"), d("411.5"), "JPY").toPlainString());
        assertEquals("1.235", SalesMath.lineTotal(d("1"), d("1.235"), "KWD").toPlainString());
        assertEquals("0.00", SalesMath.lineTotal(d("7"), d("0"), "EUR").toPlainString());
    }

    @Test
    void theOrderTotalIsTheSumOfRoundedLineTotals() {
        BigDecimal a = SalesMath.lineTotal(d("1"), d("0.333"), "USD"); // 0.33
        BigDecimal b = SalesMath.lineTotal(d("2"), d("0.3333"), "USD"); // 0.67
        assertEquals("1.00", SalesMath.sum(List.of(a, b)).toPlainString());
        assertEquals(0, SalesMath.sum(List.of()).signum());
    }

    @Test
    void whatIsNotReservedIsBackordered() {
        assertEquals("3", SalesMath.backordered(d("10"), d("7")).toPlainString());
        assertEquals(0, SalesMath.backordered(d("10"), d("10")).signum());
        assertEquals("10", SalesMath.backordered(d("10"), BigDecimal.ZERO).toPlainString());
        assertEquals("0.250", SalesMath.backordered(d("2.500"), d("2.250")).toPlainString());
    }

    @Test
    void pickedStockShipsFirstElseReserved() {
        assertEquals("3", SalesMath.shippable(d("5"), d("3")).toPlainString());
        assertEquals("5", SalesMath.shippable(d("5"), BigDecimal.ZERO).toPlainString());
    }

    @Test
    void allocationTakesFromEachSourceInOrderUpToWhatItHas() {
        assertEquals(List.of("4", "3", "0"), plain(SalesMath.allocate(d("7"), List.of(d("4"), d("5"), d("9")))));
        assertEquals(List.of("2", "0"), plain(SalesMath.allocate(d("2"), List.of(d("4"), d("5")))));
        // not enough: everything is taken, the caller sees the shortfall in the sum
        List<BigDecimal> taken = SalesMath.allocate(d("12"), List.of(d("4"), d("5")));
        assertEquals(List.of("4", "5"), plain(taken));
        assertEquals("9", SalesMath.sum(taken).toPlainString());
        assertEquals(List.of("0", "1.5"), plain(SalesMath.allocate(d("1.5"), List.of(d("-1"), d("2")))));
    }

    @Test
    void anOrderIsShippedOnlyWhenEveryLineShippedItsWholeQuantity() {
        assertEquals(SalesOrderStatus.SHIPPED,
                SalesMath.statusAfterShipping(List.of(d("5"), d("1.5")), List.of(d("5.0000"), d("1.500"))));
        assertEquals(SalesOrderStatus.PARTIALLY_SHIPPED,
                SalesMath.statusAfterShipping(List.of(d("5"), d("1.5")), List.of(d("5"), d("1.499"))));
        // a backordered line that never shipped keeps the order partially shipped
        assertEquals(SalesOrderStatus.PARTIALLY_SHIPPED,
                SalesMath.statusAfterShipping(List.of(d("5"), d("2")), List.of(d("5"), BigDecimal.ZERO)));
    }
}
