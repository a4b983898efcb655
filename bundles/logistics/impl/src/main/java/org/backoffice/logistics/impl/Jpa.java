package org.backoffice.logistics.impl;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.backoffice.platform.support.jpa.PersistenceFailures;

/** The logistics unit's transactions, with storage failures translated into problems (409 for races). */
public final class Jpa {

    public static final String UNIT_FILTER = "(osgi.unit.name=backoffice-logistics)";

    private Jpa() {
    }

    public static <R> R write(JpaTemplate jpa, String what, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw PersistenceFailures.translate(e, what);
        }
    }

    /** Aries supports only REQUIRED with a RESOURCE_LOCAL unit, so reads run in a transaction too (STACK.md trap 7). */
    public static <R> R read(JpaTemplate jpa, EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
