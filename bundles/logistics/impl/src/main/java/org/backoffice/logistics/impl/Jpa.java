package org.backoffice.logistics.impl;

import org.backoffice.platform.support.jpa.UnitTransactions;

/** The logistics unit's transactions ({@code write}, {@code read}: support {@link UnitTransactions}). */
public final class Jpa extends UnitTransactions {

    public static final String UNIT_FILTER = "(osgi.unit.name=backoffice-logistics)";

    private Jpa() {
    }

    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
