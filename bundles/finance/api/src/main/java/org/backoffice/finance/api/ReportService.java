package org.backoffice.finance.api;

import org.osgi.annotation.versioning.ProviderType;

/** Reports computed from the per-account, per-period balances (cost grows with accounts, not journal lines). */
@ProviderType
public interface ReportService {

    /** For whole periods {@code fromPeriod}..{@code toPeriod} (ids like {@code 2026-11}), inclusive. */
    TrialBalance trialBalance(String fromPeriod, String toPeriod);
}
