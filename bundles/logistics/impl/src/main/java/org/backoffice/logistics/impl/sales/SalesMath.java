package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.backoffice.logistics.api.sales.SalesOrderStatus;
import org.backoffice.platform.api.Money;

/** The arithmetic of sales orders, exact in BigDecimal; no stored data needed. */
final class SalesMath {

    private SalesMath() {
    }

    /** {@code quantity × unitPrice}, rounded half-up to the currency's minor digits. */
    static BigDecimal lineTotal(BigDecimal quantity, BigDecimal unitPrice, String currency) {
        return quantity.multiply(unitPrice).setScale(Money.minorDigits(currency), RoundingMode.HALF_UP);
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What a line still lacks after {@code reserved} of {@code ordered} was reserved: never below zero. */
    static BigDecimal backordered(BigDecimal ordered, BigDecimal reserved) {
        return ordered.subtract(reserved).max(BigDecimal.ZERO);
    }

    /**
     * What of a stocked line can ship now: the picked quantity once some of it is picked (the rest has not reached the
     * packing table), else the reserved quantity.
     */
    static BigDecimal shippable(BigDecimal reserved, BigDecimal picked) {
        return picked.signum() > 0 ? picked : reserved;
    }

    /**
     * Splits {@code wanted} over what each source has, in order, taking as much as possible from each; the result has
     * one entry per source (zero where nothing was taken). The sum taken is {@code min(wanted, sum of available)}.
     */
    static List<BigDecimal> allocate(BigDecimal wanted, List<BigDecimal> available) {
        List<BigDecimal> taken = new ArrayList<>(available.size());
        BigDecimal remaining = wanted;
        for (BigDecimal has : available) {
            BigDecimal take = remaining.min(has.max(BigDecimal.ZERO));
            taken.add(take);
            remaining = remaining.subtract(take);
        }
        return taken;
    }

    /** SHIPPED when every line has shipped its whole quantity, else PARTIALLY_SHIPPED. */
    static SalesOrderStatus statusAfterShipping(List<BigDecimal> ordered, List<BigDecimal> shipped) {
        for (int i = 0; i < ordered.size(); i++) {
            if (shipped.get(i).compareTo(ordered.get(i)) < 0) {
                return SalesOrderStatus.PARTIALLY_SHIPPED;
            }
        }
        return SalesOrderStatus.SHIPPED;
    }
}
