package org.backoffice.platform.impl;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.Holiday;
import org.backoffice.platform.api.calendar.HolidayRule;
import org.backoffice.platform.api.calendar.WorkingWindow;
import org.backoffice.platform.api.error.Validator;

/**
 * The rules a stored calendar keeps, field by field, all reported at once (a 422 naming each field):
 * <ul>
 * <li>{@code code}: 1–50 upper-case letters, digits, '-' and '_', starting with a letter or digit;</li>
 * <li>{@code name}: required, at most 200 characters, any script;</li>
 * <li>{@code zone}: an IANA zone id the JVM knows ({@code Europe/Berlin}, {@code UTC}); a fixed offset such as
 * {@code +02:00} or {@code UTC+2} is refused, because it has no daylight-saving rules;</li>
 * <li>{@code windows}: at least one, at most 70; each with a day and whole-minute times, {@code from} before
 * {@code to} ({@code to} 00:00 is the end of the day), no two of one day overlapping;</li>
 * <li>{@code holidays}: at most 500; each with a name and a rule and exactly the fields of its rule (ONE_OFF: date;
 * YEARLY: a valid month and day, 29 February allowed; EASTER: an offset within ±100 days), year limits only on
 * recurring rules, between 1900 and 2200 and in order.</li>
 * </ul>
 */
final class CalendarRules {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,49}");
    static final int MAX_WINDOWS = 70;
    static final int MAX_HOLIDAYS = 500;
    static final int MAX_EASTER_OFFSET = 100;
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private CalendarRules() {
    }

    /** Checks a whole calendar, code included (for a create). */
    static void check(BusinessCalendar calendar) {
        Validator validator = new Validator();
        code(validator, calendar.code());
        content(validator, calendar);
        validator.throwIfInvalid();
    }

    /** Checks what an update replaces (the code comes from the path). */
    static void checkContent(BusinessCalendar calendar) {
        Validator validator = new Validator();
        content(validator, calendar);
        validator.throwIfInvalid();
    }

    static boolean isValidZone(String zone) {
        return zone != null && ZONES.contains(zone);
    }

    private static void code(Validator validator, String code) {
        if (validator.required("code", code)) {
            validator.matches("code", code, CODE,
                    "must be 1 to 50 upper-case letters, digits, '-' or '_' starting with a letter or digit");
        }
    }

    private static void content(Validator validator, BusinessCalendar calendar) {
        validator.requiredText("name", calendar.name(), 200);
        if (validator.required("zone", calendar.zone())) {
            validator.check(isValidZone(calendar.zone()), "zone",
                    "must be an IANA time zone like Europe/Berlin or UTC, not a fixed offset");
        }
        windows(validator, calendar.windows());
        holidays(validator, calendar.holidays());
    }

    private static void windows(Validator validator, List<WorkingWindow> windows) {
        if (!validator.notEmpty("windows", windows)) {
            return;
        }
        if (!validator.check(windows.size() <= MAX_WINDOWS, "windows", "must be at most " + MAX_WINDOWS)) {
            return;
        }
        List<Indexed> valid = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            WorkingWindow window = windows.get(i);
            String field = "windows[" + i + "]";
            if (!validator.required(field, window)) {
                continue;
            }
            boolean ok = validator.required(field + ".day", window.day());
            ok &= validator.required(field + ".from", window.from()) && wholeMinute(validator, field + ".from",
                    window.from());
            ok &= validator.required(field + ".to", window.to()) && wholeMinute(validator, field + ".to",
                    window.to());
            if (ok && validator.check(endMinute(window) > startMinute(window), field + ".to",
                    "must be after from (00:00 is the end of the day)")) {
                valid.add(new Indexed(i, window));
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Indexed> ofDay = new ArrayList<>();
            for (Indexed window : valid) {
                if (window.window.day() == day) {
                    ofDay.add(window);
                }
            }
            ofDay.sort(Comparator.comparingInt(w -> startMinute(w.window)));
            for (int i = 1; i < ofDay.size(); i++) {
                Indexed before = ofDay.get(i - 1);
                Indexed after = ofDay.get(i);
                validator.check(startMinute(after.window) >= endMinute(before.window), "windows[" + after.index + "]",
                        "overlaps windows[" + before.index + "] on " + day);
            }
        }
    }

    private static boolean wholeMinute(Validator validator, String field, LocalTime time) {
        return validator.check(time.getSecond() == 0 && time.getNano() == 0, field, "must be a whole minute (HH:mm)");
    }

    private static int startMinute(WorkingWindow window) {
        return window.from().getHour() * 60 + window.from().getMinute();
    }

    private static int endMinute(WorkingWindow window) {
        int minute = window.to().getHour() * 60 + window.to().getMinute();
        return minute == 0 ? 24 * 60 : minute;
    }

    private static void holidays(Validator validator, List<Holiday> holidays) {
        if (holidays == null) {
            return;
        }
        if (!validator.check(holidays.size() <= MAX_HOLIDAYS, "holidays", "must be at most " + MAX_HOLIDAYS)) {
            return;
        }
        for (int i = 0; i < holidays.size(); i++) {
            Holiday holiday = holidays.get(i);
            String field = "holidays[" + i + "]";
            if (!validator.required(field, holiday)) {
                continue;
            }
            validator.requiredText(field + ".name", holiday.name(), 200);
            if (!validator.required(field + ".rule", holiday.rule())) {
                continue;
            }
            HolidayRule rule = holiday.rule();
            if (rule == HolidayRule.ONE_OFF) {
                validator.required(field + ".date", holiday.date());
                if (holiday.date() != null) {
                    int year = holiday.date().getYear();
                    validator.check(year >= MIN_YEAR && year <= MAX_YEAR, field + ".date",
                            "must be between " + MIN_YEAR + " and " + MAX_YEAR);
                }
            } else {
                absent(validator, field + ".date", holiday.date(), rule);
            }
            if (rule == HolidayRule.YEARLY) {
                boolean month = validator.required(field + ".month", holiday.month())
                        && validator.check(holiday.month() >= 1 && holiday.month() <= 12, field + ".month",
                                "must be between 1 and 12");
                if (validator.required(field + ".day", holiday.day()) && month) {
                    int max = Month.of(holiday.month()).maxLength();
                    validator.check(holiday.day() >= 1 && holiday.day() <= max, field + ".day",
                            "must be between 1 and " + max + " for month " + holiday.month());
                }
            } else {
                absent(validator, field + ".month", holiday.month(), rule);
                absent(validator, field + ".day", holiday.day(), rule);
            }
            if (rule == HolidayRule.EASTER) {
                if (validator.required(field + ".easterOffset", holiday.easterOffset())) {
                    validator.check(Math.abs(holiday.easterOffset()) <= MAX_EASTER_OFFSET, field + ".easterOffset",
                            "must be between -" + MAX_EASTER_OFFSET + " and " + MAX_EASTER_OFFSET + " days");
                }
            } else {
                absent(validator, field + ".easterOffset", holiday.easterOffset(), rule);
            }
            if (rule == HolidayRule.ONE_OFF) {
                absent(validator, field + ".fromYear", holiday.fromYear(), rule);
                absent(validator, field + ".toYear", holiday.toYear(), rule);
            } else {
                boolean from = year(validator, field + ".fromYear", holiday.fromYear());
                boolean to = year(validator, field + ".toYear", holiday.toYear());
                if (from && to && holiday.fromYear() != null && holiday.toYear() != null) {
                    validator.check(holiday.toYear() >= holiday.fromYear(), field + ".toYear",
                            "must not be before fromYear");
                }
            }
        }
    }

    private static boolean year(Validator validator, String field, Integer year) {
        return year == null || validator.check(year >= MIN_YEAR && year <= MAX_YEAR, field,
                "must be between " + MIN_YEAR + " and " + MAX_YEAR);
    }

    private static void absent(Validator validator, String field, Object value, HolidayRule rule) {
        validator.check(value == null, field, "must be empty for a " + rule + " holiday");
    }

    private record Indexed(int index, WorkingWindow window) {
    }
}
