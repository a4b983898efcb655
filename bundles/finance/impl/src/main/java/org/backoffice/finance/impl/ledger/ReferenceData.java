package org.backoffice.finance.impl.ledger;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.impl.Jpa;
import org.osgi.service.component.annotations.Component;

/**
 * Writes to the reference data the posting writer caches (periods, accounts, rates) and counts them, so that the
 * writer drops its caches when the count moved ({@link ReferenceCache}). The count moves after the transaction
 * ended, so a writer that sees the new count reads the committed data. One instance per activation of the bundle:
 * the count lives and dies with the services that share it.
 */
@Component(service = ReferenceData.class)
public final class ReferenceData {

    private final AtomicLong version = new AtomicLong();

    public <R> R write(JpaTemplate jpa, String what, EmFunction<R> work) {
        try {
            return Jpa.write(jpa, what, work);
        } finally {
            version.incrementAndGet();
        }
    }

    /** How many reference-data writes ended since activation. */
    public long version() {
        return version.get();
    }
}
