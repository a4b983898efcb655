package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.backoffice.payroll.api.rules.RuleType;
import org.backoffice.payroll.api.rules.StructureAssignment;
import org.backoffice.payroll.api.runs.RunError;
import org.backoffice.payroll.api.runs.RunInput;
import org.backoffice.payroll.api.runs.RunType;
import org.backoffice.payroll.api.runs.Segment;
import org.backoffice.payroll.impl.rules.Arrears;
import org.backoffice.payroll.impl.rules.Calculation;
import org.backoffice.payroll.impl.rules.CompiledComponent;
import org.backoffice.payroll.impl.rules.CompiledStructure;
import org.backoffice.payroll.impl.rules.ContractTerm;
import org.backoffice.payroll.impl.rules.PayCalculator;
import org.backoffice.payroll.impl.rules.PayPeriod;
import org.backoffice.payroll.impl.rules.Segments;
import org.backoffice.payroll.impl.structures.StructureStore;

/**
 * Calculates every payslip of a run from what was read before: contracts and unpaid leave from HR, structures and
 * assignments, what was posted this year. A regular run pays its period plus arrears for every earlier posted period
 * of the year whose figures now differ; a correction run pays only the differences for its own (posted) period.
 * Everyone with a contract in the period is paid (or listed as an error, e.g. without a structure), unless the run
 * names its employees. Nothing here reads or writes the database.
 */
final class RunCalculator {

    /** Everything a run reads, gathered once. */
    record Facts(Map<String, List<ContractTerm>> contracts, Map<String, HrFacts.Person> people,
            Map<String, Set<LocalDate>> unpaid, Map<String, List<StructureStore.Versioned>> structures,
            Map<String, List<StructureAssignment>> assignments, PostedPay posted) {
    }

    /** The run's payslips and the employees that could not be calculated. */
    record Result(List<PayslipDraft> payslips, List<RunError> errors) {
    }

    private final boolean byWorkingDays;
    private final Predicate<LocalDate> workingDay = Segments::weekday;

    RunCalculator(boolean byWorkingDays) {
        this.byWorkingDays = byWorkingDays;
    }

    Result calculate(YearMonth month, RunType type, List<String> only, List<String> excluded, List<RunInput> inputs,
            Facts facts) {
        PayPeriod period = PayPeriod.month(month, byWorkingDays, workingDay);
        Set<String> candidates = new TreeSet<>();
        if (only.isEmpty()) {
            facts.contracts().forEach((employee, terms) -> {
                if (terms.stream().anyMatch(t -> overlaps(t, period))) {
                    candidates.add(employee);
                }
            });
        } else {
            candidates.addAll(only);
        }
        candidates.removeAll(excluded);
        Map<String, Map<String, BigDecimal>> inputsByEmployee = new HashMap<>();
        for (RunInput input : inputs) {
            inputsByEmployee.computeIfAbsent(input.employee(), e -> new HashMap<>()).put(input.name(), input.value());
        }
        List<PayslipDraft> payslips = new ArrayList<>();
        List<RunError> errors = new ArrayList<>();
        for (String employee : candidates) {
            try {
                PayslipDraft draft = type == RunType.CORRECTION ? correction(employee, period, facts)
                        : regular(employee, period, inputsByEmployee.getOrDefault(employee, Map.of()), facts);
                if (draft != null) {
                    payslips.add(draft);
                }
            } catch (RunProblem e) {
                errors.add(new RunError(employee, e.getMessage()));
            } catch (ArithmeticException e) {
                errors.add(new RunError(employee, "cannot be calculated: " + e.getMessage()));
            }
        }
        return new Result(payslips, errors);
    }

    private PayslipDraft regular(String employee, PayPeriod period, Map<String, BigDecimal> inputs, Facts facts) {
        List<ContractTerm> terms = facts.contracts().getOrDefault(employee, List.of());
        if (terms.stream().noneMatch(t -> overlaps(t, period))) {
            throw new RunProblem("has no contract in force in " + period.key());
        }
        CompiledStructure rules = rules(employee, period, facts);
        List<Segment> segments = segments(employee, period, facts);
        Calculation now = PayCalculator.calculate(rules, period, segments, inputs,
                facts.posted().ytd(employee, null));
        List<PayslipDraft.Line> lines = new ArrayList<>();
        for (Calculation.Line line : now.lines()) {
            lines.add(line(period.key(), line.component(), line.base(), line.rate(), line.amount()));
        }
        facts.posted().periods(employee).forEach((paidFor, paid) -> {
            if (paidFor.compareTo(period.key()) < 0) {
                lines.addAll(arrears(employee, YearMonth.parse(paidFor), paid, facts));
            }
        });
        return PayslipDraft.of(employee, facts.people().get(employee), rules.source().currency(), segments, lines);
    }

    private PayslipDraft correction(String employee, PayPeriod period, Facts facts) {
        Map<String, BigDecimal> paid = facts.posted().periods(employee).get(period.key());
        if (paid == null) {
            return null;
        }
        List<PayslipDraft.Line> lines = arrears(employee, YearMonth.parse(period.key()), paid, facts);
        if (lines.isEmpty()) {
            return null;
        }
        return PayslipDraft.of(employee, facts.people().get(employee), rules(employee, period, facts).source()
                .currency(), segments(employee, period, facts), lines);
    }

    /** The differences for an earlier period: its rules then, today's contracts, its inputs as paid. */
    private List<PayslipDraft.Line> arrears(String employee, YearMonth month, Map<String, BigDecimal> paid,
            Facts facts) {
        PayPeriod past = PayPeriod.month(month, byWorkingDays, workingDay);
        CompiledStructure rules = rules(employee, past, facts);
        Map<String, BigDecimal> fixed = new HashMap<>();
        for (CompiledComponent c : rules.components()) {
            if (c.type() == RuleType.FIXED && c.source().input() != null) {
                fixed.put(c.code(), paid.getOrDefault(c.code(), BigDecimal.ZERO));
            }
        }
        Calculation again = PayCalculator.calculate(rules, past, segments(employee, past, facts), Map.of(),
                facts.posted().ytd(employee, past.key()), fixed);
        List<PayslipDraft.Line> lines = new ArrayList<>();
        Arrears.difference(again, paid).forEach((code, amount) -> {
            CompiledComponent c = rules.component(code);
            if (c != null) {
                lines.add(line(past.key(), c, null, null, amount));
            }
        });
        return lines;
    }

    private CompiledStructure rules(String employee, PayPeriod period, Facts facts) {
        StructureAssignment assignment = null;
        for (StructureAssignment a : facts.assignments().getOrDefault(employee, List.of())) {
            if (!a.from().isAfter(period.to()) && (a.to() == null || !a.to().isBefore(period.from()))) {
                assignment = a;
            }
        }
        if (assignment == null) {
            throw new RunProblem("has no pay structure assigned in " + period.key());
        }
        StructureStore.Versioned version = StructureStore.inForce(facts.structures().get(assignment.structure()),
                period.to());
        if (version == null) {
            throw new RunProblem("pay structure '" + assignment.structure() + "' has no version in force on "
                    + period.to());
        }
        return version.rules();
    }

    private List<Segment> segments(String employee, PayPeriod period, Facts facts) {
        return Segments.of(period, facts.contracts().getOrDefault(employee, List.of()),
                facts.unpaid().getOrDefault(employee, Set.of()), byWorkingDays, workingDay);
    }

    private static PayslipDraft.Line line(String paidFor, CompiledComponent c, BigDecimal base, BigDecimal rate,
            BigDecimal amount) {
        return new PayslipDraft.Line(paidFor, c.code(), c.source().name(), c.kind(), base, rate, amount);
    }

    private static boolean overlaps(ContractTerm term, PayPeriod period) {
        return !term.from().isAfter(period.to()) && (term.to() == null || !term.to().isBefore(period.from()));
    }

    /** An employee who cannot be paid by this run, with the reason: listed as an error of the run. */
    static final class RunProblem extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RunProblem(String message) {
            super(message);
        }
    }
}
