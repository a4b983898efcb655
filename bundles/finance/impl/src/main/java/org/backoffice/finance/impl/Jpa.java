package org.backoffice.finance.impl;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.backoffice.platform.api.error.PersistenceFailures;

/** The finance unit's transactions, with storage failures translated into problems (409 for races). */
public final class Jpa {

    public static final String UNIT_FILTER = "(osgi.unit.name=backoffice-finance)";

    private static final AtomicLong REFERENCE_DATA_VERSION = new AtomicLong();

    private Jpa() {
    }

    public static <R> R write(JpaTemplate jpa, String what, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw PersistenceFailures.translate(e, what);
        }
    }

    /**
     * A write to reference data the posting writer caches (periods, accounts, rates); the writer drops its caches
     * when the version moved. The version moves after the transaction ended, so a writer that sees the new version
     * reads the committed data.
     */
    public static <R> R writeReferenceData(JpaTemplate jpa, String what, EmFunction<R> work) {
        try {
            return write(jpa, what, work);
        } finally {
            REFERENCE_DATA_VERSION.incrementAndGet();
        }
    }

    public static long referenceDataVersion() {
        return REFERENCE_DATA_VERSION.get();
    }

    public static <R> R read(JpaTemplate jpa, EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }
}
