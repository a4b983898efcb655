package org.backoffice.logistics.impl;

import java.time.Instant;

import org.backoffice.logistics.impl.catalog.UnitEntity;

/** Units as the seeds define them, for tests that need a unit's precision without a database. */
public final class TestUnits {

    public static final UnitEntity PCE = unit("PCE", 0);
    public static final UnitEntity PKG = unit("PKG", 0);
    public static final UnitEntity KG = unit("KG", 3);
    public static final UnitEntity L = unit("L", 3);
    public static final UnitEntity H = unit("H", 2);

    private TestUnits() {
    }

    private static UnitEntity unit(String code, int decimals) {
        return new UnitEntity(code, code, null, decimals, Instant.EPOCH);
    }
}
