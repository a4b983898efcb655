package org.backoffice.hr.impl.employees;

import org.backoffice.platform.support.jpa.UnitTransactions;

/** The HR unit's transactions ({@code write}, {@code read}: support {@link UnitTransactions}). */
public final class Jpa extends UnitTransactions {

    public static final String UNIT_FILTER = "(osgi.unit.name=backoffice-hr)";

    private Jpa() {
    }
}
