package org.backoffice.payroll.impl.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.backoffice.payroll.api.runs.Segment;

/**
 * Splits a period into the parts with one contract in force (a hire, a raise, a leaver each start or end one) and
 * counts each part's pay days: calendar days, or working days by configuration, less unpaid leave.
 */
public final class Segments {

    private Segments() {
    }

    public static List<Segment> of(PayPeriod period, List<ContractTerm> contracts, Set<LocalDate> unpaidDays,
            boolean byWorkingDays, Predicate<LocalDate> workingDay) {
        List<ContractTerm> sorted = new ArrayList<>(contracts);
        sorted.sort(Comparator.comparing(ContractTerm::from));
        List<Segment> segments = new ArrayList<>();
        for (ContractTerm contract : sorted) {
            LocalDate from = max(contract.from(), period.from());
            LocalDate to = contract.to() == null ? period.to() : min(contract.to(), period.to());
            if (from.isAfter(to)) {
                continue;
            }
            Predicate<LocalDate> paid = day -> !unpaidDays.contains(day) && (!byWorkingDays || workingDay.test(day));
            segments.add(new Segment(from, to, count(from, to, paid), contract.basePay(), contract.fte()));
        }
        return segments;
    }

    /** Days from {@code from} to {@code to} inclusive that pass the test. */
    public static int count(LocalDate from, LocalDate to, Predicate<LocalDate> test) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (test.test(day)) {
                count++;
            }
        }
        return count;
    }

    /** Monday to Friday: the working days when the employee has no calendar. */
    public static boolean weekday(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
