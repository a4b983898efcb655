package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;

/** What a move does to the quantity on hand of a scope: one warehouse, or every warehouse when the scope is null. */
final class LedgerMath {

    private LedgerMath() {
    }

    /**
     * The signed change: plus the quantity when it arrives inside the scope, minus when it leaves it, so a transfer
     * within the scope changes nothing.
     */
    static BigDecimal change(String scope, String fromWarehouse, String toWarehouse, BigDecimal quantity) {
        BigDecimal change = BigDecimal.ZERO;
        if (toWarehouse != null && (scope == null || scope.equals(toWarehouse))) {
            change = change.add(quantity);
        }
        if (fromWarehouse != null && (scope == null || scope.equals(fromWarehouse))) {
            change = change.subtract(quantity);
        }
        return change;
    }
}
