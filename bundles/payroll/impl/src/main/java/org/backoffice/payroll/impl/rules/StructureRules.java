package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.backoffice.payroll.api.rules.Bracket;
import org.backoffice.payroll.api.rules.ComponentKind;
import org.backoffice.payroll.api.rules.PayComponent;
import org.backoffice.payroll.api.rules.PayStructure;
import org.backoffice.payroll.api.rules.RuleType;
import org.backoffice.platform.api.error.Validator;

/** Checks a structure field by field and compiles it; every broken rule is reported in one 422. */
public final class StructureRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    private static final String CODE_RULE = "must be 1 to 30 upper-case letters, digits or _, starting with a letter";

    private StructureRules() {
    }

    public static CompiledStructure compile(PayStructure structure) {
        Validator v = new Validator();
        v.requiredText("code", structure.code(), 30);
        v.matches("code", structure.code(), CODE, CODE_RULE);
        v.requiredText("name", structure.name(), 200);
        v.required("currency", structure.currency());
        v.currency("currency", structure.currency());
        v.required("effectiveFrom", structure.effectiveFrom());
        List<PayComponent> components = structure.components() == null ? List.of() : structure.components();
        v.notEmpty("components", components);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            PayComponent c = components.get(i);
            String field = "components[" + i + "].code";
            if (c == null) {
                v.reject("components[" + i + "]", "is required");
            } else if (v.requiredText(field, c.code(), 30) && v.matches(field, c.code(), CODE, CODE_RULE)) {
                v.check(!Names.TOTALS.contains(c.code()), field, "GROSS and TAXABLE are reserved");
                v.check(codes.add(c.code()), field, "'" + c.code() + "' is used twice");
            }
        }
        Names names = new Names(Set.copyOf(codes));
        List<CompiledComponent> compiled = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i) != null) {
                compiled.add(component(v, "components[" + i + "].", components.get(i), names));
            }
        }
        v.throwIfInvalid();
        LinkedHashMap<String, Set<String>> edges = new LinkedHashMap<>();
        Set<String> gross = new LinkedHashSet<>();
        Set<String> taxable = new LinkedHashSet<>();
        for (CompiledComponent c : compiled) {
            Set<String> references = new LinkedHashSet<>();
            if (c.expression() != null) {
                c.expression().references(references);
            }
            edges.put(c.code(), references);
            if (c.kind() == ComponentKind.EARNING) {
                gross.add(c.code());
                if (c.taxable()) {
                    taxable.add(c.code());
                }
            } else if (c.kind() == ComponentKind.DEDUCTION_BEFORE_TAX) {
                taxable.add(c.code());
            }
        }
        edges.put(Names.GROSS, gross);
        edges.put(Names.TAXABLE, taxable);
        try {
            return new CompiledStructure(structure, List.copyOf(compiled), DependencyOrder.order(edges));
        } catch (DependencyOrder.CycleException e) {
            v.reject("components", "the references form a cycle: " + String.join(" -> ", e.cycle()));
            v.throwIfInvalid();
            throw e;
        }
    }

    private static CompiledComponent component(Validator v, String at, PayComponent c, Names names) {
        v.requiredText(at + "name", c.name(), 200);
        v.required(at + "kind", c.kind());
        v.required(at + "type", c.type());
        v.range(at + "scale", c.scale(), 0, 6);
        RoundingMode rounding = RoundingMode.HALF_UP;
        if (c.roundingMode() != null) {
            try {
                rounding = RoundingMode.valueOf(c.roundingMode());
                v.check(rounding != RoundingMode.UNNECESSARY, at + "roundingMode", "UNNECESSARY cannot round");
            } catch (IllegalArgumentException e) {
                v.reject(at + "roundingMode", "must be one of HALF_UP, HALF_EVEN, HALF_DOWN, UP, DOWN, CEILING, FLOOR");
            }
        }
        Expr expression = null;
        if (c.type() == RuleType.FIXED) {
            v.check(c.amount() != null || c.input() != null, at + "amount", "is required unless an input is named");
            v.matches(at + "input", c.input(), CODE, CODE_RULE);
        } else if (c.type() == RuleType.PERCENT) {
            v.required(at + "ratePercent", c.ratePercent());
            v.nonNegativeDecimal(at + "ratePercent", c.ratePercent(), 6);
            expression = expression(v, at + "base", c.base(), names);
            if (c.minimum() != null && c.maximum() != null) {
                v.check(c.maximum().compareTo(c.minimum()) >= 0, at + "maximum",
                        "must not be below the minimum " + c.minimum().toPlainString());
            }
        } else if (c.type() == RuleType.BRACKETS) {
            expression = expression(v, at + "base", c.base(), names);
            brackets(v, at + "brackets", c.brackets());
        } else if (c.type() == RuleType.FORMULA) {
            expression = expression(v, at + "formula", c.formula(), names);
        }
        boolean prorated = c.prorated() != null ? c.prorated() : c.kind() == ComponentKind.EARNING;
        return new CompiledComponent(c, expression, prorated, c.scale() == null ? 2 : c.scale(), rounding);
    }

    private static Expr expression(Validator v, String field, String text, Names names) {
        if (!v.requiredText(field, text, 2000)) {
            return null;
        }
        try {
            return Parser.parse(text, names);
        } catch (ExpressionException e) {
            v.reject(field, e.getMessage());
            return null;
        }
    }

    private static void brackets(Validator v, String field, List<Bracket> bands) {
        if (!v.notEmpty(field, bands)) {
            return;
        }
        BigDecimal previous = null;
        for (int i = 0; i < bands.size(); i++) {
            Bracket band = bands.get(i);
            String at = field + "[" + i + "].";
            if (band == null || !v.required(at + "from", band.from()) || !v.required(at + "ratePercent", band.ratePercent())) {
                return;
            }
            v.nonNegativeDecimal(at + "ratePercent", band.ratePercent(), 6);
            if (i == 0) {
                v.check(band.from().signum() == 0, at + "from", "the first band must start at 0");
            } else {
                v.check(band.from().compareTo(previous) > 0, at + "from",
                        "must be above the previous band's " + previous.toPlainString() + " (bands must increase)");
            }
            previous = band.from();
        }
    }
}
