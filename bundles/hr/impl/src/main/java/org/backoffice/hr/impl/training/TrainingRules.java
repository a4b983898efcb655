package org.backoffice.hr.impl.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.api.training.Course;
import org.backoffice.hr.api.training.TrainingSession;
import org.backoffice.platform.api.error.Validator;

/** The training rules as pure functions: field checks, the waiting list, expiry dates and thresholds, compliance. */
final class TrainingRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private TrainingRules() {
    }

    static Validator checkCourse(Course course) {
        Validator v = new Validator();
        if (v.requiredText("code", course.code(), 40)) {
            v.matches("code", course.code(), CODE, "must be letters, digits, '.', '_' or '-' (at most 40)");
        }
        v.requiredText("title", course.title(), 200);
        v.optionalText("description", course.description(), 2000);
        if (course.certificationCode() != null) {
            v.matches("certificationCode", course.certificationCode(), CODE,
                    "must be letters, digits, '.', '_' or '-' (at most 40)");
            v.optionalText("certificationName", course.certificationName(), 200);
            v.range("validityMonths", course.validityMonths(), 1, 1200);
        } else {
            v.check(course.validityMonths() == null, "validityMonths", "needs a certificationCode");
        }
        return v;
    }

    static Validator checkSession(TrainingSession session) {
        Validator v = new Validator();
        v.requiredText("course", session.course(), 40);
        v.required("startDate", session.startDate());
        v.required("endDate", session.endDate());
        if (session.startDate() != null && session.endDate() != null) {
            v.check(!session.endDate().isBefore(session.startDate()), "endDate", "must not be before startDate");
        }
        if (v.required("capacity", session.capacity())) {
            v.check(session.capacity() >= 1, "capacity", "must be at least 1");
        }
        v.optionalText("trainer", session.trainer(), 200);
        v.optionalText("location", session.location(), 200);
        return v;
    }

    static Validator checkCertification(Certification certification) {
        Validator v = new Validator();
        if (v.requiredText("code", certification.code(), 40)) {
            v.matches("code", certification.code(), CODE, "must be letters, digits, '.', '_' or '-' (at most 40)");
        }
        v.optionalText("name", certification.name(), 200);
        v.required("issued", certification.issued());
        if (certification.issued() != null && certification.expiry() != null) {
            v.check(!certification.expiry().isBefore(certification.issued()), "expiry", "must not be before issued");
        }
        return v;
    }

    /** The expiry of a certification issued on {@code issued}: {@code null} (never) without a validity. */
    static LocalDate expiry(LocalDate issued, Integer validityMonths) {
        return validityMonths == null ? null : issued.plusMonths(validityMonths);
    }

    /** How many of the waiting may take a seat: free seats, never more than are waiting. */
    static int seatsToFill(int capacity, int seated, int waiting) {
        return Math.max(0, Math.min(capacity - seated, waiting));
    }

    /** Waiting enrolments in the order they are seated: first requested first (ties by id). */
    static <E> List<E> waitingOrder(Collection<E> waiting, Comparator<E> byRequest) {
        List<E> ordered = new ArrayList<>(waiting);
        ordered.sort(byRequest);
        return ordered;
    }

    /**
     * The threshold an expiry scan on {@code asOf} announces for a certification expiring on {@code expiry}: the
     * tightest threshold crossed ({@code expiry - asOf <= days}) that was not announced yet, with every wider crossed
     * threshold taken as announced by it (someone 10 days before expiry hears once, "14 days", not also "60 days").
     * Empty when the certification has expired, never expires, or every crossed threshold was sent.
     *
     * @return the thresholds to record as sent, the first of them the one to announce
     */
    static List<Integer> dueThresholds(LocalDate asOf, LocalDate expiry, Collection<Integer> thresholds,
            Set<Integer> sent) {
        if (expiry == null || expiry.isBefore(asOf)) {
            return List.of();
        }
        long left = ChronoUnit.DAYS.between(asOf, expiry);
        TreeSet<Integer> crossed = new TreeSet<>();
        for (int days : thresholds) {
            if (left <= days) {
                crossed.add(days);
            }
        }
        if (crossed.isEmpty() || sent.contains(crossed.first())) {
            return List.of();
        }
        List<Integer> due = new ArrayList<>();
        for (int days : crossed) {
            if (!sent.contains(days)) {
                due.add(days);
            }
        }
        return due;
    }

    /** The codes of {@code required} that none of {@code held} covers validly on {@code asOf}. */
    static List<String> missing(Collection<String> required, Collection<Certification> held, LocalDate asOf) {
        List<String> missing = new ArrayList<>();
        for (String code : new TreeSet<>(required)) {
            boolean valid = held.stream().anyMatch(c -> c.code().equalsIgnoreCase(code) && c.validOn(asOf));
            if (!valid) {
                missing.add(code);
            }
        }
        return missing;
    }

    /** The latest expiry of an earlier certification with {@code code}, for the compliance report. */
    static LocalDate lastExpiry(String code, Collection<Certification> held) {
        return held.stream().filter(c -> c.code().equalsIgnoreCase(code) && c.expiry() != null)
                .map(Certification::expiry).max(Comparator.naturalOrder()).orElse(null);
    }

}
