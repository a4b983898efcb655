package org.backoffice.finance.impl.ledger.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backoffice.finance.api.ledger.Period;
import org.backoffice.finance.api.ledger.PeriodService;
import org.backoffice.finance.api.ledger.PeriodStatus;
import org.backoffice.platform.api.error.ConflictProblem;
import org.junit.jupiter.api.Test;

class FirstStartTest {

    /** Fiscal years in memory; {@code raceLost} answers the open as a node that came second would. */
    private static final class Years implements PeriodService {
        final List<Period> periods = new ArrayList<>();
        final List<Integer> opened = new ArrayList<>();
        boolean raceLost;

        @Override
        public List<Period> openFiscalYear(int fiscalYear) {
            if (raceLost) {
                throw new ConflictProblem("fiscal year " + fiscalYear + " is already open");
            }
            opened.add(fiscalYear);
            periods.add(new Period(fiscalYear + "-01", fiscalYear, LocalDate.of(fiscalYear, 1, 1),
                    LocalDate.of(fiscalYear, 1, 31), PeriodStatus.OPEN));
            return periods;
        }

        @Override
        public List<Period> list(Integer fiscalYear) {
            return periods;
        }

        @Override
        public Optional<Period> periodOf(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public Period close(String periodId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Period reopen(String periodId) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aFreshLedgerGetsTheFiscalYearOfToday() {
        Years years = new Years();
        assertTrue(FirstStart.openCurrentYear(years, LocalDate.of(2026, 12, 2), 1));
        assertEquals(List.of(2026), years.opened);
        // a restart finds the year and does nothing
        assertFalse(FirstStart.openCurrentYear(years, LocalDate.of(2026, 12, 3), 1));
        assertEquals(List.of(2026), years.opened);
    }

    @Test
    void theFiscalYearFollowsTheConfiguredFirstMonth() {
        Years years = new Years();
        FirstStart.openCurrentYear(years, LocalDate.of(2027, 3, 15), 7); // July to June: March 2027 is in 2026
        assertEquals(List.of(2026), years.opened);
    }

    @Test
    void aLedgerWithAnyYearOrAnotherNodeFirstIsLeftAlone() {
        Years withData = new Years();
        withData.openFiscalYear(2019);
        withData.opened.clear();
        assertFalse(FirstStart.openCurrentYear(withData, LocalDate.of(2026, 12, 2), 1));
        assertTrue(withData.opened.isEmpty());
        Years race = new Years();
        race.raceLost = true;
        assertFalse(FirstStart.openCurrentYear(race, LocalDate.of(2026, 12, 2), 1));
    }
}
