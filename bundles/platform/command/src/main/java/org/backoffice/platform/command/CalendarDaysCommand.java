package org.backoffice.platform.command;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.CalendarDay;
import org.backoffice.platform.api.calendar.CalendarInput;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "calendar-days",
        description = "Shows each date of a range as a calendar works it: working time, holidays")
@Service
public class CalendarDaysCommand implements Action {

    static final int MAX_DAYS = 366;

    static final Table<CalendarDay> TABLE = Table.of(CalendarDay.class)
            .column("Date", CalendarDay::date)
            .column("Day", d -> d.date().getDayOfWeek().name().substring(0, 3))
            .right("Working", d -> hours(d.workingTime()))
            .right("Fraction", CalendarDay::fraction)
            .right("Morning", d -> hours(d.morning()))
            .right("Afternoon", d -> hours(d.afternoon()))
            .column("Holiday", 40, CalendarDay::holiday)
            .column("Part", CalendarDay::holidayPart);

    @Reference
    CalendarService calendars;

    @Argument(index = 0, name = "code", description = "The calendar", required = true)
    @Completion(CalendarCodeCompleter.class)
    String code;

    @Argument(index = 1, name = "from", description = "First date, e.g. 2026-04-01", required = true)
    String from;

    @Argument(index = 2, name = "to", description = "Last date (inclusive, at most 366 days)", required = true)
    String to;

    @Override
    public Object execute() throws Exception {
        List<CalendarDay> days = ShellProblems.report(() -> {
            LocalDate first = ShellValues.date("from", from);
            LocalDate last = ShellValues.date("to", to);
            CalendarInput.checkDates(first, last, MAX_DAYS);
            BusinessTime time = calendars.time(code);
            List<CalendarDay> result = new ArrayList<>();
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                result.add(time.day(date));
            }
            return result;
        });
        TABLE.print(days);
        long working = days.stream().filter(CalendarDay::isWorkingDay).count();
        System.out.println(working + " working days of " + days.size() + ", "
                + hours(days.stream().map(CalendarDay::workingTime).reduce(Duration.ZERO, Duration::plus))
                + " working hours");
        return null;
    }

    /** Hours and minutes, 7:30. */
    static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }
}
