package org.backoffice.platform.support.jpa;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A persistence unit's transactions, with storage failures translated into problems (409 for races). Each module
 * extends it with a final class that names its unit ({@code UNIT_FILTER}, the target of its JpaTemplate reference),
 * so its services write {@code Jpa.write(jpa, "the invoice", em -> ...)}.
 */
public abstract class UnitTransactions {

    protected UnitTransactions() {
    }

    public static <R> R write(JpaTemplate jpa, String what, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw PersistenceFailures.translate(e, what);
        }
    }

    /** Aries supports only REQUIRED with a RESOURCE_LOCAL unit, so reads run in a transaction too. */
    public static <R> R read(JpaTemplate jpa, EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }
}
