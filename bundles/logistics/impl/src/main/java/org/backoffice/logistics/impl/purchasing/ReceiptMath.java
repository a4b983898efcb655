package org.backoffice.logistics.impl.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.platform.api.Money;

/** The numbers of goods receipts: open quantities, the over-receipt tolerance and line amounts. */
final class ReceiptMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReceiptMath() {
    }

    /** Ordered minus received, never below zero. */
    static BigDecimal open(BigDecimal ordered, BigDecimal received) {
        BigDecimal open = ordered.subtract(received);
        return open.signum() < 0 ? BigDecimal.ZERO : open;
    }

    /**
     * The most that may be received in total on a line: the ordered quantity plus {@code tolerancePercent} of it,
     * rounded down to what the unit can express (10 PCE at 5 % allow 10, at 10 % allow 11).
     */
    static BigDecimal receivable(BigDecimal ordered, BigDecimal tolerancePercent, UnitEntity uom) {
        BigDecimal extra = ordered.multiply(tolerancePercent).divide(HUNDRED, uom.decimals(), RoundingMode.DOWN);
        return ordered.add(extra);
    }

    /** Whether receiving {@code quantity} more keeps the line within what may be received. */
    static boolean fits(BigDecimal ordered, BigDecimal received, BigDecimal quantity, BigDecimal tolerancePercent,
            UnitEntity uom) {
        return received.add(quantity).compareTo(receivable(ordered, tolerancePercent, uom)) <= 0;
    }

    /** Quantity times unit price, rounded half-up to the currency's minor digits. */
    static BigDecimal lineTotal(BigDecimal quantity, BigDecimal unitPrice, String currency) {
        return quantity.multiply(unitPrice).setScale(Money.minorDigits(currency), RoundingMode.HALF_UP);
    }
}
