package org.backoffice.it.api.assets;

import java.util.EnumSet;
import java.util.Set;

/** An asset's lifecycle: IN_STOCK → ASSIGNED → IN_REPAIR → RETIRED → DISPOSED. */
public enum AssetStatus {
    IN_STOCK, ASSIGNED, IN_REPAIR, RETIRED, DISPOSED;

    /** Where an asset may go from here by a status change (check-out and check-in move IN_STOCK ↔ ASSIGNED). */
    public Set<AssetStatus> next() {
        return switch (this) {
            case IN_STOCK -> EnumSet.of(IN_REPAIR, RETIRED);
            case ASSIGNED -> EnumSet.of(IN_REPAIR);
            case IN_REPAIR -> EnumSet.of(IN_STOCK, RETIRED);
            case RETIRED -> EnumSet.of(DISPOSED, IN_STOCK);
            case DISPOSED -> EnumSet.noneOf(AssetStatus.class);
        };
    }
}
