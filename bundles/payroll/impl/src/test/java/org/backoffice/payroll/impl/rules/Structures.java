package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.payroll.api.rules.Bracket;
import org.backoffice.payroll.api.rules.ComponentKind;
import org.backoffice.payroll.api.rules.PayComponent;
import org.backoffice.payroll.api.rules.PayStructure;
import org.backoffice.payroll.api.rules.RuleType;

/** Test structures: the basic pay, a capped pension, progressive tax and an employer contribution. */
final class Structures {

    private Structures() {
    }

    static PayComponent formula(String code, ComponentKind kind, String formula) {
        return new PayComponent(code, code, kind, kind == ComponentKind.EARNING, null, RuleType.FORMULA, null, null,
                null, null, null, null, null, formula, null, null);
    }

    static PayComponent percent(String code, ComponentKind kind, String base, String rate, String min, String max) {
        return new PayComponent(code, code, kind, false, null, RuleType.PERCENT, null, null, new BigDecimal(rate),
                base, min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), null, null,
                null, null);
    }

    static PayComponent tax(List<Bracket> bands) {
        return new PayComponent("TAX", "Income tax", ComponentKind.DEDUCTION_AFTER_TAX, false, null,
                RuleType.BRACKETS, null, null, null, "TAXABLE", null, null, bands, null, null, null);
    }

    static List<Bracket> bands(String... fromAndRate) {
        List<Bracket> bands = new java.util.ArrayList<>();
        for (int i = 0; i < fromAndRate.length; i += 2) {
            bands.add(new Bracket(new BigDecimal(fromAndRate[i]), new BigDecimal(fromAndRate[i + 1])));
        }
        return bands;
    }

    static PayStructure standard() {
        return structure(List.of(formula("BASIC", ComponentKind.EARNING, "basePay"),
                percent("PENSION", ComponentKind.DEDUCTION_BEFORE_TAX, "GROSS", "5", null, "250"),
                tax(bands("0", "0", "1000", "20", "3000", "40")),
                percent("EMPLOYER_SS", ComponentKind.EMPLOYER_CONTRIBUTION, "GROSS", "10", null, null)));
    }

    static PayStructure structure(List<PayComponent> components) {
        return new PayStructure("STD", "Standard", "EUR", LocalDate.of(2026, 1, 1), components, null);
    }
}
