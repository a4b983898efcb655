package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.payroll.api.rules.Bracket;

/**
 * Progressive table arithmetic: each band takes exactly the part of the base from its lower edge to the next band's
 * lower edge, so a base on an edge is wholly in the band below it. The bands' shares are summed unrounded; the
 * component rounds the sum once.
 */
public final class Brackets {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Brackets() {
    }

    public static BigDecimal apply(List<Bracket> bands, BigDecimal base) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal lower = bands.get(i).from();
            if (base.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal upper = i + 1 < bands.size() ? bands.get(i + 1).from() : null;
            BigDecimal inBand = (upper == null || base.compareTo(upper) < 0 ? base : upper).subtract(lower);
            total = total.add(inBand.multiply(bands.get(i).ratePercent()).divide(HUNDRED));
        }
        return total;
    }
}
