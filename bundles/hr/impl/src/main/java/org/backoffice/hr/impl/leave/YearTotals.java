package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;

/**
 * The ledger of one employee and type summed for one leave year, up to some date: credits, adjustments, and what was
 * used on or before the carry-over deadline and after it (used as positive numbers).
 */
final class YearTotals {

    BigDecimal accrued = BigDecimal.ZERO;
    BigDecimal adjusted = BigDecimal.ZERO;
    BigDecimal usedBeforeExpiry = BigDecimal.ZERO;
    BigDecimal usedAfterExpiry = BigDecimal.ZERO;

    /** Adds a ledger sum of one kind (amounts as stored: USE negative). */
    void add(String kind, boolean afterExpiry, BigDecimal amount) {
        switch (kind) {
            case Ledger.ACCRUAL -> accrued = accrued.add(amount);
            case Ledger.ADJUSTMENT -> adjusted = adjusted.add(amount);
            case Ledger.USE -> {
                if (afterExpiry) {
                    usedAfterExpiry = usedAfterExpiry.subtract(amount);
                } else {
                    usedBeforeExpiry = usedBeforeExpiry.subtract(amount);
                }
            }
            default -> throw new IllegalArgumentException("unknown ledger kind " + kind);
        }
    }
}
