package org.backoffice.platform.api.calendar;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working-time arithmetic on one calendar. Instants are UTC; the working windows of each local date are turned into
 * {@link java.time.ZonedDateTime}s in the calendar's zone, so a DST change moves nothing a person would not expect: a
 * 09:00–17:00 window is 09:00–17:00 on the clock on the night the clocks change too.
 * <p>
 * A window covers the instants at which the local clock shows a time from its {@code from} up to its {@code to}, on
 * that date. Where a window edge falls into a DST gap (a local time that does not exist, 02:30 on a spring-forward
 * night in Berlin), the edge is the instant the gap ends (03:00), so a window 02:00–04:00 works one hour that night and
 * a window 02:15–02:45 none. Where an edge falls into a DST overlap (a local time that happens twice, 02:30 on a
 * fall-back night), the window opens at the earlier occurrence and closes at the later one, so it lasts as long as the
 * clock shows it open, the repeated hour included. A window ending at {@code 00:00} ends at the next midnight (the end
 * of the day). Noon, which splits a day into morning and afternoon, is mapped the same way as a window start.
 * <p>
 * Immutable and safe to share between threads. Holidays are resolved per year on first use and kept (a few dates per
 * year); everything else is computed on the fly, a day in a few microseconds.
 */
public final class BusinessTime {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** After this many days in a row without working time, {@link #addWorkingTime} gives up. */
    private static final int MAX_IDLE_DAYS = 3 * 366;

    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final Map<DayOfWeek, List<WorkingWindow>> windows;
    private final List<Holiday> holidays;
    private final boolean hasWorkingWindows;
    private final Map<Integer, Map<LocalDate, DayHoliday>> holidaysByYear = new ConcurrentHashMap<>();

    private BusinessTime(BusinessCalendar calendar) {
        this.calendar = calendar;
        this.zone = ZoneId.of(calendar.zone());
        this.rules = zone.getRules();
        Map<DayOfWeek, List<WorkingWindow>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, new ArrayList<>());
        }
        List<WorkingWindow> given = calendar.windows() == null ? List.of() : calendar.windows();
        for (WorkingWindow window : given) {
            byDay.get(window.day()).add(window);
        }
        boolean any = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingWindow> list = byDay.get(day);
            list.sort(Comparator.comparing(WorkingWindow::from));
            byDay.put(day, List.copyOf(list));
            any |= !list.isEmpty();
        }
        this.windows = Collections.unmodifiableMap(byDay);
        this.hasWorkingWindows = any;
        this.holidays = calendar.holidays() == null ? List.of() : List.copyOf(calendar.holidays());
    }

    /** @throws java.time.DateTimeException when the calendar's zone is not a zone id */
    public static BusinessTime of(BusinessCalendar calendar) {
        return new BusinessTime(calendar);
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The date as it is worked: its working time after holidays, as a fraction of a day, split at noon. */
    public CalendarDay day(LocalDate date) {
        DayHoliday holiday = holidayOn(date);
        List<WorkingWindow> dayWindows = windows.get(date.getDayOfWeek());
        Instant noon = edge(date, LocalTime.NOON, false);
        long morning = 0;
        long afternoon = 0;
        for (WorkingWindow window : dayWindows) {
            Instant from = start(date, window);
            Instant to = end(date, window);
            morning += overlap(from, to, Instant.MIN, noon);
            afternoon += overlap(from, to, noon, Instant.MAX);
        }
        DayPart part = holiday == null ? null : holiday.part;
        if (part == DayPart.FULL) {
            morning = 0;
            afternoon = 0;
        } else if (part == DayPart.MORNING) {
            morning = 0;
        } else if (part == DayPart.AFTERNOON) {
            afternoon = 0;
        }
        Duration working = Duration.ofNanos(morning + afternoon);
        BigDecimal fraction;
        if (working.isZero()) {
            fraction = BigDecimal.ZERO;
        } else if (part == DayPart.MORNING || part == DayPart.AFTERNOON) {
            fraction = HALF;
        } else {
            fraction = BigDecimal.ONE;
        }
        return new CalendarDay(date, working, fraction, Duration.ofNanos(morning), Duration.ofNanos(afternoon),
                holiday == null ? null : holiday.name, part);
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorkingDay();
    }

    /** The days with working time from {@code from} to {@code to}, both inclusive; 0 when {@code to} is before. */
    public int workingDays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (!intervals(date).isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /**
     * The instant at which {@code amount} of working time has passed after {@code start}. A start outside working
     * hours starts at the next opening; an amount used up exactly at the end of a window is due at that end (not at
     * the next opening). A zero amount answers {@code start} itself.
     *
     * @throws IllegalArgumentException for a negative amount
     * @throws IllegalStateException    when the calendar has no working time for years after {@code start}
     */
    public Instant addWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        if (!hasWorkingWindows) {
            throw new IllegalStateException("calendar " + calendar.code() + " has no working windows");
        }
        Duration remaining = amount;
        LocalDate date = LocalDate.ofInstant(start, zone);
        int idle = 0;
        while (true) {
            boolean worked = false;
            for (Instant[] interval : intervals(date)) {
                if (!interval[1].isAfter(start)) {
                    continue;
                }
                worked = true;
                Instant from = interval[0].isAfter(start) ? interval[0] : start;
                Duration available = Duration.between(from, interval[1]);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            idle = worked ? 0 : idle + 1;
            if (idle > MAX_IDLE_DAYS) {
                throw new IllegalStateException("calendar " + calendar.code() + " has no working time for "
                        + MAX_IDLE_DAYS + " days after " + date.minusDays(MAX_IDLE_DAYS));
            }
            date = date.plusDays(1);
        }
    }

    /**
     * The working time between two instants.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public Duration businessTime(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        long nanos = 0;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.isAfter(last); date = date.plusDays(1)) {
            for (Instant[] interval : intervals(date)) {
                nanos += overlap(interval[0], interval[1], from, to);
            }
        }
        return Duration.ofNanos(nanos);
    }

    /** The working intervals of a date after holidays, in order, each non-empty. */
    private List<Instant[]> intervals(LocalDate date) {
        List<WorkingWindow> dayWindows = windows.get(date.getDayOfWeek());
        if (dayWindows.isEmpty()) {
            return List.of();
        }
        DayHoliday holiday = holidayOn(date);
        DayPart part = holiday == null ? null : holiday.part;
        if (part == DayPart.FULL) {
            return List.of();
        }
        Instant noon = part == null ? null : edge(date, LocalTime.NOON, false);
        List<Instant[]> result = new ArrayList<>(dayWindows.size());
        for (WorkingWindow window : dayWindows) {
            Instant from = start(date, window);
            Instant to = end(date, window);
            if (part == DayPart.MORNING && from.isBefore(noon)) {
                from = noon;
            } else if (part == DayPart.AFTERNOON && to.isAfter(noon)) {
                to = noon;
            }
            if (from.isBefore(to)) {
                result.add(new Instant[] {from, to});
            }
        }
        return result;
    }

    private Instant start(LocalDate date, WorkingWindow window) {
        return edge(date, window.from(), false);
    }

    private Instant end(LocalDate date, WorkingWindow window) {
        if (window.to().equals(LocalTime.MIDNIGHT)) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return edge(date, window.to(), true);
    }

    /**
     * A local time of a date as an instant: in a gap, the instant the gap ends; in an overlap, the earlier occurrence
     * for a start and the later one for an end.
     */
    private Instant edge(LocalDate date, LocalTime time, boolean end) {
        LocalDateTime local = LocalDateTime.of(date, time);
        List<java.time.ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.size() == 1) {
            return local.toInstant(offsets.get(0));
        }
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (offsets.isEmpty()) {
            return transition.getInstant();
        }
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, transition.getOffsetBefore());
        return (end ? zoned.withLaterOffsetAtOverlap() : zoned.withEarlierOffsetAtOverlap()).toInstant();
    }

    private static long overlap(Instant from, Instant to, Instant rangeFrom, Instant rangeTo) {
        Instant a = from.isAfter(rangeFrom) ? from : rangeFrom;
        Instant b = to.isBefore(rangeTo) ? to : rangeTo;
        return a.isBefore(b) ? Duration.between(a, b).toNanos() : 0;
    }

    private DayHoliday holidayOn(LocalDate date) {
        if (holidays.isEmpty()) {
            return null;
        }
        return holidaysByYear.computeIfAbsent(date.getYear(), this::resolveYear).get(date);
    }

    /** Every holiday of a year by date; two on one date merge (names joined, a morning and an afternoon make a day). */
    private Map<LocalDate, DayHoliday> resolveYear(int year) {
        Map<LocalDate, List<Holiday>> found = new HashMap<>();
        for (Holiday holiday : holidays) {
            for (LocalDate date : datesIn(holiday, year)) {
                if (date.getYear() == year && inYears(holiday, year)) {
                    found.computeIfAbsent(date, d -> new ArrayList<>()).add(holiday);
                }
            }
        }
        Map<LocalDate, DayHoliday> result = new HashMap<>();
        found.forEach((date, list) -> result.put(date, DayHoliday.merge(list)));
        return Map.copyOf(result);
    }

    private static List<LocalDate> datesIn(Holiday holiday, int year) {
        if (holiday.rule() == null) {
            return List.of();
        }
        switch (holiday.rule()) {
        case ONE_OFF:
            return holiday.date() == null ? List.of() : List.of(holiday.date());
        case YEARLY:
            if (holiday.month() == null || holiday.day() == null) {
                return List.of();
            }
            MonthDay monthDay = MonthDay.of(holiday.month(), holiday.day());
            return monthDay.isValidYear(year) ? List.of(monthDay.atYear(year)) : List.of();
        case EASTER:
            if (holiday.easterOffset() == null) {
                return List.of();
            }
            // An offset of some months before Easter of the next year can land in this year.
            return List.of(easterSunday(year).plusDays(holiday.easterOffset()),
                    easterSunday(year + 1).plusDays(holiday.easterOffset()),
                    easterSunday(year - 1).plusDays(holiday.easterOffset()));
        default:
            return List.of();
        }
    }

    /** Year limits apply to recurring rules; a one-off holiday is on its date whatever they say. */
    private static boolean inYears(Holiday holiday, int year) {
        if (holiday.rule() == HolidayRule.ONE_OFF) {
            return true;
        }
        return (holiday.fromYear() == null || year >= holiday.fromYear())
                && (holiday.toYear() == null || year <= holiday.toYear());
    }

    /** Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The holiday of one date, after merging. */
    private static final class DayHoliday {
        final String name;
        final DayPart part;

        private DayHoliday(String name, DayPart part) {
            this.name = name;
            this.part = part;
        }

        static DayHoliday merge(List<Holiday> list) {
            Set<String> names = new LinkedHashSet<>();
            Set<DayPart> parts = new LinkedHashSet<>();
            for (Holiday holiday : list) {
                if (holiday.name() != null) {
                    names.add(holiday.name());
                }
                parts.add(holiday.effectivePart());
            }
            DayPart part;
            if (parts.contains(DayPart.FULL) || parts.size() > 1) {
                part = DayPart.FULL;
            } else {
                part = parts.iterator().next();
            }
            return new DayHoliday(names.isEmpty() ? null : String.join(", ", names), part);
        }
    }
}
