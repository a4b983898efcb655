package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The difference, per component, between what a past period gives now (the rules in force then, today's contract
 * data) and what was paid for it (its regular lines and every arrears line paid for it since). Only non-zero
 * differences are arrears; a component paid then and gone now is paid back negatively.
 */
public final class Arrears {

    private Arrears() {
    }

    public static Map<String, BigDecimal> difference(Calculation now, Map<String, BigDecimal> paid) {
        Map<String, BigDecimal> differences = new LinkedHashMap<>();
        for (Calculation.Line line : now.lines()) {
            BigDecimal diff = line.amount().subtract(paid.getOrDefault(line.code(), BigDecimal.ZERO));
            if (diff.signum() != 0) {
                differences.put(line.code(), diff);
            }
        }
        paid.forEach((code, amount) -> {
            if (now.lines().stream().noneMatch(line -> line.code().equals(code)) && amount.signum() != 0) {
                differences.put(code, amount.negate());
            }
        });
        return differences;
    }
}
