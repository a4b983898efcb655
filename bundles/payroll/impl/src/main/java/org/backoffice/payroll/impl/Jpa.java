package org.backoffice.payroll.impl;

import org.backoffice.platform.support.jpa.UnitTransactions;

/** The payroll unit's transactions ({@code write}, {@code read}: support {@link UnitTransactions}). */
public final class Jpa extends UnitTransactions {

    public static final String UNIT_FILTER = "(osgi.unit.name=backoffice-payroll)";

    private Jpa() {
    }
}
