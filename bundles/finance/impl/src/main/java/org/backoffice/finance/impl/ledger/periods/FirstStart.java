package org.backoffice.finance.impl.ledger.periods;

import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.backoffice.finance.api.ledger.PeriodService;
import org.backoffice.finance.impl.FinanceConfig;
import org.backoffice.finance.impl.ledger.LedgerConfig;
import org.backoffice.platform.api.error.ConflictProblem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a setup wizard would do when finance first starts: open the fiscal year of today, so that the first journal
 * entry on a fresh server does not answer "there is no fiscal period ...; open its fiscal year first". Only when
 * there is no fiscal year at all, so a server with data is left as it is; a restart or a second node starting at
 * the same time finds the year and does nothing. Switched off with {@code openCurrentFiscalYear=false}.
 */
@Component(service = {}, configurationPid = FinanceConfig.PID)
public final class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Activate
    public FirstStart(@Reference PeriodService periods, LedgerConfig ledgerConfig) {
        if (ledgerConfig.openCurrentFiscalYear()) {
            try {
                openCurrentYear(periods, LocalDate.now(), ledgerConfig.fiscalYearStartMonth());
            } catch (RuntimeException e) {
                // e.g. the database is down: finance still starts, and the year can be opened by hand
                LOG.log(Level.WARNING, "could not open the current fiscal year on first start", e);
            }
        }
    }

    /** Opens the fiscal year of {@code today} when no fiscal year exists; true when it did. */
    public static boolean openCurrentYear(PeriodService periods, LocalDate today, int firstMonth) {
        if (!periods.list(null).isEmpty()) {
            return false;
        }
        try {
            periods.openFiscalYear(Periods.fiscalYearOf(today, firstMonth));
            return true;
        } catch (ConflictProblem e) {
            return false; // another node opened it a moment ago
        }
    }
}
