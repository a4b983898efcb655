package org.backoffice.finance.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reports computed from the per-account, per-period balances; only the lines of a partly covered period are read, so
 * the cost grows with accounts and periods, not with the size of the journal.
 */
@ProviderType
public interface ReportService {

    /** For whole periods {@code fromPeriod}..{@code toPeriod} (ids like {@code 2026-11}), inclusive. */
    TrialBalance trialBalance(String fromPeriod, String toPeriod);

    /** For any date range, inclusive. */
    TrialBalance trialBalance(LocalDate from, LocalDate to);

    Statement profitAndLoss(LocalDate from, LocalDate to);

    /** Assets = liabilities + equity + result of the current fiscal year. */
    Statement balanceSheet(LocalDate asOf);

    GeneralLedger generalLedger(String account, LocalDate from, LocalDate to);

    /** Debit-positive balance of an account at the end of a day. */
    BigDecimal accountBalance(String account, LocalDate asOf);

    /** Recomputes the balances from the posted lines and reports any difference. */
    LedgerCheck verify();
}
