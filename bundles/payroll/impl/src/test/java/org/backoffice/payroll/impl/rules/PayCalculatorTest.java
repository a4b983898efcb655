package org.backoffice.payroll.impl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backoffice.payroll.api.rules.ComponentKind;
import org.backoffice.payroll.api.rules.PayComponent;
import org.backoffice.payroll.api.rules.RuleType;
import org.backoffice.payroll.api.runs.Segment;
import org.junit.jupiter.api.Test;

class PayCalculatorTest {

    private static final CompiledStructure STANDARD = StructureRules.compile(Structures.standard());
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final PayPeriod JAN = PayPeriod.month(JANUARY, false, Segments::weekday);

    private static ContractTerm contract(String from, String to, String pay) {
        return new ContractTerm(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), new BigDecimal(pay),
                BigDecimal.ONE);
    }

    private static Calculation run(PayPeriod period, List<ContractTerm> contracts, Set<LocalDate> unpaid) {
        List<Segment> segments = Segments.of(period, contracts, unpaid, false, Segments::weekday);
        return PayCalculator.calculate(STANDARD, period, segments, Map.of(), Map.of());
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    @Test
    void aFullMonth() {
        Calculation c = run(JAN, List.of(contract("2025-03-01", null, "3000")), Set.of());
        assertAmount("3000.00", c.amount("BASIC"));
        assertAmount("150.00", c.amount("PENSION"));
        assertAmount("370.00", c.amount("TAX"));          // (2,850 - 1,000) × 20 %
        assertAmount("300.00", c.amount("EMPLOYER_SS"));
        assertAmount("2480.00", c.net());
        assertAmount("300.00", c.employerCost());
    }

    @Test
    void aRaiseFromThe15thMakesTwoSegments() {
        List<ContractTerm> contracts = List.of(contract("2025-03-01", "2026-01-14", "3000"),
                contract("2026-01-15", null, "6200"));
        List<Segment> segments = Segments.of(JAN, contracts, Set.of(), false, Segments::weekday);
        assertEquals(2, segments.size());
        assertEquals(14, segments.get(0).payDays());
        assertEquals(17, segments.get(1).payDays());
        Calculation c = run(JAN, contracts, Set.of());
        assertAmount("4754.84", c.amount("BASIC"));       // 3,000 × 14/31 + 6,200 × 17/31 = 1,354.84 + 3,400
        assertAmount("237.74", c.amount("PENSION"));      // under the 250 cap
        assertAmount("1006.84", c.amount("TAX"));         // 400 + (4,517.10 - 3,000) × 40 %
        assertAmount("3510.26", c.net());
    }

    @Test
    void aJoinerIsProRatedWithoutAnyFlag() {
        Calculation c = run(JAN, List.of(contract("2026-01-16", null, "3100")), Set.of());
        assertAmount("1600.00", c.amount("BASIC"));       // 16 of 31 days
        assertAmount("80.00", c.amount("PENSION"));
        assertAmount("104.00", c.amount("TAX"));
        assertAmount("1416.00", c.net());
    }

    @Test
    void aLeaverIsPaidToTheLastDay() {
        Calculation c = run(PayPeriod.month(YearMonth.of(2026, 2), false, Segments::weekday),
                List.of(contract("2025-01-01", "2026-02-07", "2800")), Set.of());
        assertAmount("700.00", c.amount("BASIC"));         // 7 of 28 days
        assertAmount("35.00", c.amount("PENSION"));
        assertAmount("0.00", c.amount("TAX"));
    }

    @Test
    void thePensionIsCapped() {
        Calculation c = run(JAN, List.of(contract("2025-01-01", null, "6000")), Set.of());
        assertAmount("250.00", c.amount("PENSION"));
        assertAmount("1500.00", c.amount("TAX"));         // 400 + (5,750 - 3,000) × 40 %
    }

    @Test
    void unpaidLeaveReducesPayDays() {
        Set<LocalDate> unpaid = Set.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
        Calculation c = run(JAN, List.of(contract("2025-01-01", null, "3100")), unpaid);
        assertAmount("2900.00", c.amount("BASIC"));       // 29 of 31 days
    }

    @Test
    void proRatingByWorkingDays() {
        PayPeriod byWorkingDays = PayPeriod.month(JANUARY, true, Segments::weekday);
        assertEquals(22, byWorkingDays.basisDays());
        List<Segment> segments = Segments.of(byWorkingDays, List.of(contract("2026-01-19", null, "2200")), Set.of(),
                true, Segments::weekday);
        assertEquals(10, segments.get(0).payDays());      // 19 to 30 January: two working weeks
        Calculation c = PayCalculator.calculate(STANDARD, byWorkingDays, segments, Map.of(), Map.of());
        assertAmount("1000.00", c.amount("BASIC"));
    }

    @Test
    void inputsAndPerComponentRounding() {
        PayComponent overtime = new PayComponent("OVERTIME", "Overtime", ComponentKind.EARNING, true, false,
                RuleType.FIXED, new BigDecimal("17.333"), "OVERTIME_HOURS", null, null, null, null, null, null, 0,
                "DOWN");
        CompiledStructure s = StructureRules.compile(Structures.structure(List.of(
                Structures.formula("BASIC", ComponentKind.EARNING, "basePay"), overtime,
                Structures.formula("NOTE", ComponentKind.INFORMATIONAL, "OVERTIME / 3 + ytd(BASIC)"))));
        List<Segment> segments = Segments.of(JAN, List.of(contract("2025-01-01", null, "1000")), Set.of(), false,
                Segments::weekday);
        Calculation c = PayCalculator.calculate(s, JAN, segments, Map.of("OVERTIME_HOURS", new BigDecimal("10")),
                Map.of("BASIC", new BigDecimal("500")));
        assertAmount("173", c.amount("OVERTIME"));        // 173.33 rounded DOWN to 0 decimals
        assertAmount("557.67", c.amount("NOTE"));         // reads the rounded 173
        assertAmount("1173.00", c.gross());
    }

    @Test
    void arrearsAreTheDifferenceToWhatWasPaid() {
        Calculation paid = run(JAN, List.of(contract("2025-03-01", null, "3000")), Set.of());
        Calculation now = run(JAN, List.of(contract("2025-03-01", null, "3300")), Set.of());
        Map<String, BigDecimal> paidAmounts = Map.of("BASIC", paid.amount("BASIC"), "PENSION",
                paid.amount("PENSION"), "TAX", paid.amount("TAX"), "EMPLOYER_SS", paid.amount("EMPLOYER_SS"),
                "GONE", new BigDecimal("12.00"));
        Map<String, BigDecimal> arrears = Arrears.difference(now, paidAmounts);
        assertAmount("300.00", arrears.get("BASIC"));
        assertAmount("15.00", arrears.get("PENSION"));
        assertAmount("84.00", arrears.get("TAX"));       // 400 + (3,135 - 3,000) × 40 % = 454 against 370
        assertAmount("30.00", arrears.get("EMPLOYER_SS"));
        assertAmount("-12.00", arrears.get("GONE"));
        assertEquals(Map.of(), Arrears.difference(paid, Map.of("BASIC", paid.amount("BASIC"), "PENSION",
                paid.amount("PENSION"), "TAX", paid.amount("TAX"), "EMPLOYER_SS", paid.amount("EMPLOYER_SS"))));
    }
}
