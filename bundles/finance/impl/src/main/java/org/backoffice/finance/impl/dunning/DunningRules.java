package org.backoffice.finance.impl.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backoffice.finance.api.dunning.DunningLevel;
import org.backoffice.finance.api.dunning.DunningNotice;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.Validator;

/**
 * The rules of dunning, free of storage: which level an overdue invoice is due for, how invoices become notices, and
 * what a valid level is.
 */
final class DunningRules {

    static final int MAX_LEVEL = 99;
    static final int MAX_DAYS = 3650;
    static final int MAX_TEXT = 4000;

    /** A level as the rules need it. */
    record Level(int level, String name, int daysOverdue, BigDecimal fee, String text) {
    }

    /** An open, overdue invoice (open amount in its currency) and the highest level it received so far (0: none). */
    record Candidate(long invoice, String customer, String currency, String number, LocalDate dueDate,
            BigDecimal open, int lastLevel) {
    }

    /**
     * A notice to issue: the customer's invoices in one currency that reached a new level; the notice takes the
     * highest of them, its total is in that currency.
     */
    record Planned(String customer, String currency, Level level, List<DunningNotice.Item> items, BigDecimal total) {
    }

    /** Notices are per customer and currency: a letter adds up amounts of one currency only. */
    private record Addressee(String customer, String currency) {
    }

    /** An invoice with the level it is to receive. */
    private record Due(Candidate invoice, Level level, long days) {
    }

    private DunningRules() {
    }

    /**
     * The level due for an invoice {@code daysOverdue} days past due that received {@code lastLevel} so far: the
     * highest level whose threshold is reached, when it is above {@code lastLevel} (levels in between are skipped).
     */
    static Optional<Level> nextLevel(List<Level> levels, long daysOverdue, int lastLevel) {
        Level reached = null;
        for (Level level : levels) {
            if (level.daysOverdue() <= daysOverdue && (reached == null || level.level() > reached.level())) {
                reached = level;
            }
        }
        return reached != null && reached.level() > lastLevel ? Optional.of(reached) : Optional.empty();
    }

    /**
     * The notices of a run on {@code date}: one per customer and currency, in the candidates' order, none without a
     * new level.
     */
    static List<Planned> plan(LocalDate date, List<Level> levels, List<Candidate> candidates) {
        Map<Addressee, List<Due>> byCustomer = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            long days = ChronoUnit.DAYS.between(c.dueDate(), date);
            if (days <= 0) {
                continue;
            }
            nextLevel(levels, days, c.lastLevel()).ifPresent(level -> byCustomer
                    .computeIfAbsent(new Addressee(c.customer(), c.currency()), k -> new ArrayList<>())
                    .add(new Due(c, level, days)));
        }
        List<Planned> notices = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((to, due) -> notices.add(notice(to, due)));
        return notices;
    }

    /**
     * The notices issuing exactly {@code level} for the candidates (invoices named explicitly); an invoice that already
     * received that level or a higher one is a conflict: a level is never issued twice.
     */
    static List<Planned> planLevel(LocalDate date, Level level, List<Candidate> candidates) {
        Map<Addressee, List<Due>> byCustomer = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.lastLevel() >= level.level()) {
                throw new ConflictProblem("invoice " + c.number() + " already received dunning level "
                        + c.lastLevel() + "; a level is issued once", Map.of("field", "level"));
            }
            byCustomer.computeIfAbsent(new Addressee(c.customer(), c.currency()), k -> new ArrayList<>())
                    .add(new Due(c, level, ChronoUnit.DAYS.between(c.dueDate(), date)));
        }
        List<Planned> notices = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((to, due) -> notices.add(notice(to, due)));
        return notices;
    }

    /** The notice's level is the highest of its invoices' levels; its fee is that level's (charged once). */
    private static Planned notice(Addressee to, List<Due> due) {
        Level highest = null;
        BigDecimal total = BigDecimal.ZERO;
        List<DunningNotice.Item> items = new ArrayList<>(due.size());
        for (Due d : due) {
            Candidate c = d.invoice();
            Level level = d.level();
            if (highest == null || level.level() > highest.level()) {
                highest = level;
            }
            total = total.add(c.open());
            items.add(new DunningNotice.Item(c.invoice(), c.number(), c.dueDate(), (int) d.days(), c.open(),
                    level.level()));
        }
        return new Planned(to.customer(), to.currency(), highest, items, total);
    }

    /** The fee of a notice in the base currency: its level's, once per notice whatever the number of invoices. */
    static BigDecimal fee(Planned notice) {
        return notice.level().fee();
    }

    /**
     * Checks a level to save against the others (all stored levels but the one being replaced): shape, fee in the
     * base currency, known placeholders only, and days overdue strictly increasing with the level.
     */
    static void check(Validator v, DunningLevel level, Collection<Level> others, String baseCurrency) {
        boolean numbered = v.required("level", level.level()) && v.range("level", level.level(), 1, MAX_LEVEL);
        v.requiredText("name", level.name(), 100);
        boolean days = v.required("daysOverdue", level.daysOverdue())
                && v.range("daysOverdue", level.daysOverdue(), 1, MAX_DAYS);
        if (v.required("fee", level.fee())
                && v.nonNegativeDecimal("fee", level.fee(), Money.minorDigits(baseCurrency))) {
            v.check(level.fee().precision() - level.fee().scale() <= 12, "fee", "must be less than 10^12");
        }
        if (level.currency() != null) {
            v.check(level.currency().equals(baseCurrency), "currency", "must be the base currency " + baseCurrency
                    + " (fees are charged in it)");
        }
        if (v.requiredText("text", level.text(), MAX_TEXT)) {
            List<String> unknown = DunningLetter.unknownPlaceholders(level.text());
            v.check(unknown.isEmpty(), "text", "unknown placeholder " + String.join(", ", unknown) + "; known are "
                    + "{customer}, {date}, {level}, {invoices}, {total}, {fee} and {currency}");
        }
        if (numbered && days) {
            for (Level other : others) {
                if (other.level() < level.level() && other.daysOverdue() >= level.daysOverdue()) {
                    v.reject("daysOverdue", "must be more than the " + other.daysOverdue() + " days of level "
                            + other.level() + " (days overdue increase with the level)");
                } else if (other.level() > level.level() && other.daysOverdue() <= level.daysOverdue()) {
                    v.reject("daysOverdue", "must be less than the " + other.daysOverdue() + " days of level "
                            + other.level() + " (days overdue increase with the level)");
                }
            }
        }
    }
}
