package org.backoffice.finance.impl.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.backoffice.finance.api.ledger.PeriodStatus;

/**
 * Period statuses and account facts as the posting writer last read them, kept across groups while no period,
 * account or rate changed in this server ({@link ReferenceData#version}) and for at most {@value #MAX_AGE_MILLIS}
 * ms, which bounds how long a change made by another server sharing the database goes unseen. Used by the writer
 * thread only.
 */
final class ReferenceCache {

    static final long MAX_AGE_MILLIS = 1000;

    final Map<String, Optional<PeriodStatus>> periods = new HashMap<>();
    final Map<String, PostingRules.AccountInfo> accounts = new HashMap<>();
    private long version = -1;
    private long loadedAt;

    /** Drops what was read when the reference data changed since, or when it is too old. */
    void refresh(long currentVersion, long nowMillis) {
        if (currentVersion != version || nowMillis - loadedAt > MAX_AGE_MILLIS) {
            clear();
            version = currentVersion;
            loadedAt = nowMillis;
        }
    }

    void clear() {
        periods.clear();
        accounts.clear();
        version = -1;
    }
}
