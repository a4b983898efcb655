package org.backoffice.finance.impl;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.backoffice.platform.support.jpa.PersistenceFailures;

/** The finance unit's transactions, with storage failures translated into problems (409 for races). */
public final class Jpa {

    public static final String UNIT_FILTER = "(osgi.unit.name=backoffice-finance)";

    private Jpa() {
    }

    public static <R> R write(JpaTemplate jpa, String what, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw PersistenceFailures.translate(e, what);
        }
    }

    public static <R> R read(JpaTemplate jpa, EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }
}
