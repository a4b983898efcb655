package org.backoffice.logistics.impl.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The numbers of reorder rules, exact decimals only. */
final class ReplenishmentMath {

    private ReplenishmentMath() {
    }

    /**
     * What to order: nothing while {@code available + onOrder} reaches the minimum; otherwise the gap up to the maximum,
     * rounded up to a whole number of {@code multiple} when one is set (so the order may end above the maximum).
     */
    static Optional<BigDecimal> suggestion(BigDecimal available, BigDecimal onOrder, BigDecimal minimum,
            BigDecimal maximum, BigDecimal multiple) {
        BigDecimal position = available.add(onOrder);
        if (position.compareTo(minimum) >= 0) {
            return Optional.empty();
        }
        BigDecimal gap = maximum.subtract(position);
        if (gap.signum() <= 0) {
            return Optional.empty(); // minimum == maximum == position cannot happen here; guards a zero order
        }
        return Optional.of(roundUpToMultiple(gap, multiple));
    }

    static BigDecimal roundUpToMultiple(BigDecimal quantity, BigDecimal multiple) {
        if (multiple == null || multiple.signum() <= 0) {
            return quantity;
        }
        BigDecimal packs = quantity.divide(multiple, 0, RoundingMode.CEILING);
        return packs.multiply(multiple);
    }

    /** True when a move took the available quantity from at least the minimum to below it. */
    static boolean crossedBelowMinimum(BigDecimal before, BigDecimal after, BigDecimal minimum) {
        return before.compareTo(minimum) >= 0 && after.compareTo(minimum) < 0;
    }
}
