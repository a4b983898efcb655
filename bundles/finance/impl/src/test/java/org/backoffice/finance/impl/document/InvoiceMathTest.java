package org.backoffice.finance.impl.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.finance.api.document.InvoiceLine;
import org.junit.jupiter.api.Test;

class InvoiceMathTest {

    private static InvoiceLine line(String quantity, String price, String code, String rate) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal p = new BigDecimal(price);
        return new InvoiceLine(1, "x", q, p, code, new BigDecimal(rate), "4000", InvoiceMath.lineNet(q, p, "EUR"));
    }

    @Test
    void lineNetIsRoundedHalfUpToTheCurrency() {
        assertEquals(new BigDecimal("0.35"), InvoiceMath.lineNet(new BigDecimal("1"), new BigDecimal("0.345"), "EUR"));
        assertEquals(new BigDecimal("3.33"), InvoiceMath.lineNet(new BigDecimal("3"), new BigDecimal("1.1111"),
                "EUR"));
        assertEquals(new BigDecimal("1235"), InvoiceMath.lineNet(new BigDecimal("2.5"), new BigDecimal("494"),
                "JPY"));
    }

    @Test
    void taxIsRoundedOncePerCodeOnTheSummedNet() {
        // three lines of 0.10 at 5 %: per line 0.005 would round to 0.01 each (0.03); on the sum 0.30 it is 0.015 → 0.02
        List<InvoiceLine> lines = List.of(line("1", "0.10", "A", "5"), line("1", "0.10", "A", "5"),
                line("1", "0.10", "A", "5"));
        InvoiceMath.Totals totals = InvoiceMath.totals(lines, "EUR");
        assertEquals(new BigDecimal("0.30"), totals.net());
        assertEquals(new BigDecimal("0.02"), totals.tax());
        assertEquals(new BigDecimal("0.32"), totals.gross());
        assertEquals(1, totals.taxes().size());
    }

    @Test
    void mixedCodesAreTaxedSeparately() {
        List<InvoiceLine> lines = List.of(line("3", "33.33", "STD", "20"), line("1", "10.01", "RED", "10"),
                line("2", "5", "ZERO", "0"), line("1", "0.05", "STD", "20"));
        InvoiceMath.Totals totals = InvoiceMath.totals(lines, "EUR");
        // STD: 99.99 + 0.05 = 100.04 → 20.008 → 20.01; RED: 10.01 → 1.001 → 1.00; ZERO: 10.00 → 0
        assertEquals(new BigDecimal("120.05"), totals.net());
        assertEquals(new BigDecimal("21.01"), totals.tax());
        assertEquals(new BigDecimal("141.06"), totals.gross());
        assertEquals(List.of("RED", "STD", "ZERO"), totals.taxes().stream().map(t -> t.taxCode()).toList());
        assertEquals(new BigDecimal("20.01"), totals.taxes().get(1).tax());
    }
}
