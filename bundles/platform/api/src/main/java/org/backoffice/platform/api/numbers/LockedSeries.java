package org.backoffice.platform.api.numbers;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A series locked for the rest of the caller's transaction, handing out its numbers in memory: for batch writers that
 * learn how many numbers they need as they go (the ledger's group commit). {@link #store()} writes the last number
 * taken and must run before the transaction commits; a transaction that rolls back gives every number back.
 */
@ProviderType
public interface LockedSeries {

    /** The next number of the series. */
    long next();

    /** Writes the last number taken into the series row; the lock is held until the transaction ends. */
    void store();
}
