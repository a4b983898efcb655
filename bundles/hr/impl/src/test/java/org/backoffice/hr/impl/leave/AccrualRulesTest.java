package org.backoffice.hr.impl.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.backoffice.hr.api.leave.AccrualPeriod;
import org.junit.jupiter.api.Test;

class AccrualRulesTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aFullMonthCreditsTheWholeAmountOnItsLastDay() {
        AccrualRules.Period march = AccrualRules.period(AccrualPeriod.MONTH, LocalDate.of(2026, 3, 10));
        assertEquals("2026-03", march.key());
        assertEquals(LocalDate.of(2026, 3, 31), march.creditedOn());
        assertEquals(d("2.08"), AccrualRules.proRated(d("2.08"), d("0.01"), march, LocalDate.of(2020, 1, 1), null));
        assertEquals(d("2.00"), AccrualRules.proRated(d("2.08"), d("0.25"), march, LocalDate.of(2020, 1, 1), null));
    }

    @Test
    void hiredMidMonthIsProRatedByCalendarDaysAndRoundedToTheStep() {
        AccrualRules.Period april = AccrualRules.period(AccrualPeriod.MONTH, LocalDate.of(2026, 4, 1));
        // hired April 16: 15 of 30 days, 2.5 * 15/30 = 1.25
        LocalDate hired = LocalDate.of(2026, 4, 16);
        assertEquals(d("1.25"), AccrualRules.proRated(d("2.5"), d("0.25"), april, hired, null));
        assertEquals(d("1.50"), AccrualRules.proRated(d("2.5"), d("0.5"), april, hired, null));
        assertEquals(d("1.00"), AccrualRules.proRated(d("2.5"), BigDecimal.ONE, april, hired, null));
    }

    @Test
    void leavingMidPeriodIsProRatedToo() {
        AccrualRules.Period year = AccrualRules.period(AccrualPeriod.YEAR, LocalDate.of(2026, 7, 1));
        assertEquals("2026", year.key());
        // employed Jan 1 to Jun 30: 181 of 365 days of 25 = 12.397 → 12.5 on a 0.5 step
        assertEquals(d("12.50"), AccrualRules.proRated(d("25"), d("0.5"), year, LocalDate.of(2010, 1, 1),
                LocalDate.of(2026, 6, 30)));
        assertEquals(d("0.00"), AccrualRules.proRated(d("25"), d("0.5"), year, LocalDate.of(2010, 1, 1),
                LocalDate.of(2025, 6, 30)));
    }

    @Test
    void theCapLimitsACredit() {
        assertEquals(d("1.00"), AccrualRules.capped(d("2.5"), d("29"), d("30")));
        assertEquals(d("0.00"), AccrualRules.capped(d("2.5"), d("31"), d("30")));
        assertEquals(d("2.5"), AccrualRules.capped(d("2.5"), d("31"), null));
    }
}
