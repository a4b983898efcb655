package org.backoffice.hr.impl.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;

import org.backoffice.hr.api.leave.AccrualPeriod;
import org.junit.jupiter.api.Test;

class BalanceRulesTest {

    /** 2 days a month, at most 5 carried over, usable until March 31. */
    private static final LeavePolicy POLICY = new LeavePolicy(AccrualPeriod.MONTH, new BigDecimal("2"),
            new BigDecimal("0.5"), null, new BigDecimal("5"), MonthDay.of(3, 31));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    private static Map<Integer, YearTotals> ledger() {
        Map<Integer, YearTotals> years = new HashMap<>();
        // 2025: 24 accrued, 16 used → 8 left at the year end
        YearTotals y2025 = new YearTotals();
        y2025.add(Ledger.ACCRUAL, false, d("24"));
        y2025.add(Ledger.USE, true, d("-16"));
        years.put(2025, y2025);
        return years;
    }

    @Test
    void overTheMaximumLapsesAtTheYearEndAndTheRestIsCarriedOver() {
        BalanceRules.Figures f = BalanceRules.asOf(POLICY, ledger(), LocalDate.of(2026, 1, 15));
        assertAmount("8", f.opening());
        assertAmount("3", f.lapsedAtYearEnd());
        assertAmount("5", f.carriedOver());
        assertAmount("3", f.expired());
        assertAmount("5", f.available());
    }

    @Test
    void carriedOverDaysAreUsedFirstAndTheUnusedRestExpiresAfterTheDeadline() {
        Map<Integer, YearTotals> years = ledger();
        YearTotals y2026 = new YearTotals();
        y2026.add(Ledger.ACCRUAL, false, d("6"));  // Jan–Mar
        y2026.add(Ledger.USE, false, d("-3"));     // 3 days in February: out of the 5 carried over
        years.put(2026, y2026);
        BalanceRules.Figures march = BalanceRules.asOf(POLICY, years, LocalDate.of(2026, 3, 31));
        assertAmount("8", march.available());     // 5 carried + 6 - 3
        BalanceRules.Figures april = BalanceRules.asOf(POLICY, years, LocalDate.of(2026, 4, 1));
        assertAmount("2", april.expiredAtDeadline());
        assertAmount("5", april.expired());        // 3 at the year end + 2 at the deadline
        assertAmount("6", april.available());      // the 6 accrued this year stay
    }

    @Test
    void usingMoreThanTheCarryBeforeTheDeadlineLeavesNothingToExpire() {
        Map<Integer, YearTotals> years = ledger();
        YearTotals y2026 = new YearTotals();
        y2026.add(Ledger.ACCRUAL, false, d("6"));
        y2026.add(Ledger.USE, false, d("-7"));
        y2026.add(Ledger.ADJUSTMENT, false, d("1.5"));
        years.put(2026, y2026);
        BalanceRules.Figures f = BalanceRules.asOf(POLICY, years, LocalDate.of(2026, 6, 30));
        assertAmount("0", f.expiredAtDeadline());
        assertAmount("5.5", f.available());        // 5 + 6 - 7 + 1.5
        assertAmount("7", f.used());
        assertAmount("1.5", f.adjusted());
    }

    @Test
    void aNegativeBalanceIsCarriedInFull() {
        Map<Integer, YearTotals> years = new HashMap<>();
        YearTotals y = new YearTotals();
        y.add(Ledger.USE, false, d("-2"));
        years.put(2025, y);
        BalanceRules.Figures f = BalanceRules.asOf(POLICY, years, LocalDate.of(2026, 5, 1));
        assertAmount("-2", f.opening());
        assertAmount("0", f.expired());
        assertAmount("-2", f.available());
    }

    @Test
    void anEmptyLedgerIsZero() {
        assertAmount("0", BalanceRules.asOf(POLICY, Map.of(), LocalDate.of(2026, 5, 1)).available());
    }

    /** What the accrual job relies on with stored openings: a year from its opening agrees with the whole ledger. */
    @Test
    void aYearFromItsOpeningAgreesWithTheWholeLedger() {
        java.util.Random random = new java.util.Random(12);
        for (int round = 0; round < 200; round++) {
            Map<Integer, YearTotals> years = new HashMap<>();
            for (int year = 2021; year <= 2026; year++) {
                YearTotals y = new YearTotals();
                y.add(Ledger.ACCRUAL, false, d(Integer.toString(random.nextInt(30))));
                y.add(Ledger.USE, false, d(Integer.toString(-random.nextInt(15))));
                y.add(Ledger.USE, true, d(Integer.toString(-random.nextInt(10))));
                y.add(Ledger.ADJUSTMENT, false, d(Integer.toString(random.nextInt(5) - 2)));
                years.put(year, y);
            }
            LocalDate day = LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
            BigDecimal opening2025 = BalanceRules.asOf(POLICY, years, LocalDate.of(2024, 12, 31)).available();
            // chained as when only the year before's opening is stored
            BigDecimal opening2026 = BalanceRules.year(POLICY, opening2025, years.get(2025), 2025,
                    LocalDate.of(2025, 12, 31)).available();
            assertAmount(BalanceRules.asOf(POLICY, years, LocalDate.of(2025, 12, 31)).available().toPlainString(),
                    opening2026);
            assertAmount(BalanceRules.asOf(POLICY, years, day).available().toPlainString(),
                    BalanceRules.year(POLICY, opening2026, years.get(2026), 2026, day).available());
        }
    }
}
