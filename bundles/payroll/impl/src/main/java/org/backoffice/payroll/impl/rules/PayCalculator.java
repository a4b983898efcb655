package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backoffice.payroll.api.rules.ComponentKind;
import org.backoffice.payroll.api.rules.RuleType;
import org.backoffice.payroll.api.runs.Segment;

/**
 * Evaluates a structure for one employee and period. Components run in dependency order; a pro-rated component is
 * evaluated once per segment with the contract then in force and weighted by the segment's share of the period's pay
 * days; the others once on the period, reading the last segment's contract. Each component is rounded once, when it
 * is complete, and later components read the rounded figure.
 */
public final class PayCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PayCalculator() {
    }

    public static Calculation calculate(CompiledStructure structure, PayPeriod period, List<Segment> segments,
            Map<String, BigDecimal> inputs, Map<String, BigDecimal> ytd) {
        return calculate(structure, period, segments, inputs, ytd, Map.of());
    }

    /**
     * As above, with {@code fixed} amounts taken as they are instead of evaluated: when a past period is
     * recalculated for arrears, what came from that run's inputs (a bonus) stays what was paid.
     */
    public static Calculation calculate(CompiledStructure structure, PayPeriod period, List<Segment> segments,
            Map<String, BigDecimal> inputs, Map<String, BigDecimal> ytd, Map<String, BigDecimal> fixed) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        List<Calculation.Line> lines = new ArrayList<>();
        int payDays = segments.stream().mapToInt(Segment::payDays).sum();
        int employed = segments.stream().mapToInt(s -> (int) (s.to().toEpochDay() - s.from().toEpochDay() + 1)).sum();
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        Values periodScope = new Values(amounts, inputs, ytd, period, last, payDays, employed);
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal taxable = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        BigDecimal employer = BigDecimal.ZERO;
        for (String code : structure.order()) {
            if (code.equals(Names.GROSS)) {
                amounts.put(code, gross);
                continue;
            }
            if (code.equals(Names.TAXABLE)) {
                amounts.put(code, taxable);
                continue;
            }
            CompiledComponent c = structure.component(code);
            Calculation.Line line;
            if (fixed.containsKey(code)) {
                line = new Calculation.Line(c, null, null, fixed.get(code));
            } else if (c.prorated()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Segment segment : segments) {
                    if (segment.payDays() > 0 && period.basisDays() > 0) {
                        Values scope = new Values(amounts, inputs, ytd, period, segment, segment.payDays(),
                                (int) (segment.to().toEpochDay() - segment.from().toEpochDay() + 1));
                        sum = sum.add(evaluate(c, scope).amount().multiply(BigDecimal.valueOf(segment.payDays()))
                                .divide(BigDecimal.valueOf(period.basisDays()), Expr.PRECISION));
                    }
                }
                line = new Calculation.Line(c, null, null, c.round(sum));
            } else {
                Calculation.Line raw = evaluate(c, periodScope);
                line = new Calculation.Line(c, raw.base(), raw.rate(), c.round(raw.amount()));
            }
            amounts.put(code, line.amount());
            lines.add(line);
            ComponentKind kind = c.kind();
            if (kind == ComponentKind.EARNING) {
                gross = gross.add(line.amount());
                if (c.taxable()) {
                    taxable = taxable.add(line.amount());
                }
            } else if (kind.isDeduction()) {
                deductions = deductions.add(line.amount());
                if (kind == ComponentKind.DEDUCTION_BEFORE_TAX) {
                    taxable = taxable.subtract(line.amount());
                }
            } else if (kind == ComponentKind.EMPLOYER_CONTRIBUTION) {
                employer = employer.add(line.amount());
            }
        }
        lines.sort((a, b) -> Integer.compare(structure.components().indexOf(a.component()),
                structure.components().indexOf(b.component())));
        return new Calculation(List.copyOf(lines), gross, taxable, deductions, gross.subtract(deductions), employer);
    }

    /** The unrounded figure of one component in one scope. */
    private static Calculation.Line evaluate(CompiledComponent c, Scope scope) {
        RuleType type = c.type();
        if (type == RuleType.FIXED) {
            BigDecimal amount = c.source().amount();
            BigDecimal value = c.source().input() == null ? amount
                    : scope.input(c.source().input()).multiply(amount == null ? BigDecimal.ONE : amount);
            return new Calculation.Line(c, null, null, value);
        }
        BigDecimal base = c.expression().number(scope);
        if (type == RuleType.PERCENT) {
            BigDecimal value = base.multiply(c.source().ratePercent()).divide(HUNDRED, Expr.PRECISION);
            if (c.source().minimum() != null && value.compareTo(c.source().minimum()) < 0) {
                value = c.source().minimum();
            }
            if (c.source().maximum() != null && value.compareTo(c.source().maximum()) > 0) {
                value = c.source().maximum();
            }
            return new Calculation.Line(c, base, c.source().ratePercent(), value);
        }
        if (type == RuleType.BRACKETS) {
            return new Calculation.Line(c, base, null, Brackets.apply(c.brackets(), base));
        }
        return new Calculation.Line(c, null, null, base);
    }

    /** A scope over the amounts so far and one segment (or the period's last segment). */
    private record Values(Map<String, BigDecimal> amounts, Map<String, BigDecimal> inputs,
            Map<String, BigDecimal> ytd, PayPeriod period, Segment segment, int payDays, int employed)
            implements Scope {

        @Override
        public BigDecimal amount(String code) {
            return amounts.getOrDefault(code, BigDecimal.ZERO);
        }

        @Override
        public BigDecimal attribute(String name) {
            return switch (name) {
                case "basePay" -> segment == null ? BigDecimal.ZERO : segment.basePay();
                case "fte" -> segment == null ? BigDecimal.ZERO : segment.fte();
                case "daysEmployed" -> BigDecimal.valueOf(employed);
                case "calendarDays" -> BigDecimal.valueOf(period.calendarDays());
                case "workingDays" -> BigDecimal.valueOf(period.workingDays());
                default -> BigDecimal.valueOf(payDays);
            };
        }

        @Override
        public BigDecimal input(String name) {
            return inputs.getOrDefault(name, BigDecimal.ZERO);
        }

        @Override
        public BigDecimal ytd(String code) {
            return ytd.getOrDefault(code, BigDecimal.ZERO);
        }
    }
}
