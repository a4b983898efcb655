package org.backoffice.platform.api.numbers;

import javax.persistence.EntityManager;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Gapless document numbers, one series per prefix and fiscal year, in one platform table.
 *
 * <p>Numbers are taken in the caller's running transaction: the series row stays locked until that transaction ends,
 * so numbers follow commit order and a rolled-back document gives its numbers back. Take them as late as possible in
 * the transaction (after validation), because every other writer of the same series waits for the commit. A series
 * starts at 1 the first time it is used.
 */
@ProviderType
public interface NumberSeries {

    /** The next number of {@code prefix} in {@code fiscalYear}, e.g. 42 for {@code SO-2026-000042}. */
    default long next(EntityManager transaction, String prefix, int fiscalYear) {
        return reserve(transaction, prefix, fiscalYear, 1);
    }

    /**
     * Takes {@code count} consecutive numbers at once (for a batch of documents) and returns the first; the batch
     * holds the numbers first to first + count - 1.
     */
    long reserve(EntityManager transaction, String prefix, int fiscalYear, int count);

    /**
     * Locks the series for the rest of the caller's transaction and hands its numbers out in memory; see
     * {@link LockedSeries}.
     */
    LockedSeries lock(EntityManager transaction, String prefix, int fiscalYear);

    /** The next number, formatted as {@link DocumentNumber#format}. */
    default String nextFormatted(EntityManager transaction, String prefix, int fiscalYear) {
        return DocumentNumber.format(prefix, fiscalYear, next(transaction, prefix, fiscalYear));
    }

    /** The last number handed out in a series, 0 when it has none yet. */
    long last(String prefix, int fiscalYear);

    /**
     * Carries over numbers issued before this service existed (a module's own number table): the series continues
     * after {@code lastIssued}. It never moves a series backwards, so calling it again, or with an older figure, changes
     * nothing. Runs in a transaction of its own.
     */
    void continueAfter(String prefix, int fiscalYear, long lastIssued);
}
