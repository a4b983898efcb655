package org.backoffice.finance.impl.ledger;

import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.platform.api.numbers.LockedSeries;
import org.backoffice.platform.api.numbers.NumberSeries;

/**
 * The document numbers of one posting group, from the platform's number series: a series (prefix and fiscal year) is
 * locked at its first use in the group, its numbers are counted in memory, and {@link #store} writes the last ones
 * at the end of the group. Not thread-safe: it belongs to one group transaction.
 */
final class JournalNumbers {

    /** The prefix of journal entry numbers. */
    static final String JOURNAL = "JE";

    private record Series(String prefix, int fiscalYear) {
    }

    private final NumberSeries numbers;
    private final EntityManager em;
    private final Map<Series, LockedSeries> locked = new HashMap<>();

    JournalNumbers(NumberSeries numbers, EntityManager em) {
        this.numbers = numbers;
        this.em = em;
    }

    /** The next number of the series; it stays locked until the group's transaction ends. */
    long next(String prefix, int fiscalYear) {
        return locked.computeIfAbsent(new Series(prefix, fiscalYear),
                series -> numbers.lock(em, series.prefix(), series.fiscalYear())).next();
    }

    /** Stores the last number of every series used in this group. */
    void store() {
        locked.values().forEach(LockedSeries::store);
    }
}
