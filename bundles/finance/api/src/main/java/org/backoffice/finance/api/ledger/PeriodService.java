package org.backoffice.finance.api.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Fiscal years of twelve monthly periods, starting in the configured first month. */
@ProviderType
public interface PeriodService {

    /** Creates the twelve periods of a fiscal year, all OPEN; an existing year is a conflict. */
    List<Period> openFiscalYear(int fiscalYear);

    /** Periods of a fiscal year, or of all years when {@code fiscalYear} is null, in date order. */
    List<Period> list(Integer fiscalYear);

    Optional<Period> periodOf(LocalDate date);

    Period close(String periodId);

    Period reopen(String periodId);
}
