package org.backoffice.platform.command;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.calendar.CalendarInput;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "backoffice", name = "calendar-add",
        description = "Adds working hours to an instant on a calendar: when is it due?")
@Service
public class CalendarAddCommand implements Action {

    @Reference
    CalendarService calendars;

    @Argument(index = 0, name = "code", description = "The calendar", required = true)
    @Completion(CalendarCodeCompleter.class)
    String code;

    @Argument(index = 1, name = "start", description = "An instant, e.g. 2026-03-27T15:00:00Z", required = true)
    String start;

    @Argument(index = 2, name = "hours", description = "Working hours, e.g. 2.5 or PT2H30M", required = true)
    String hours;

    @Override
    public Object execute() throws Exception {
        ShellProblems.run(() -> {
            Instant begin = CalendarInput.instant("start", start);
            Duration duration = CalendarInput.duration("hours", hours);
            BusinessTime time = calendars.time(code);
            Instant due;
            try {
                due = time.addWorkingTime(begin, duration);
            } catch (IllegalStateException e) {
                throw ValidationFailedException.of("hours", e.getMessage());
            }
            new Details()
                    .add("Calendar", code + " (" + time.zone() + ")")
                    .add("Start", begin + " = " + ZonedDateTime.ofInstant(begin, time.zone()))
                    .add("Hours", CalendarInput.hours(duration).toPlainString())
                    .add("Due", due + " = " + ZonedDateTime.ofInstant(due, time.zone()))
                    .print();
        });
        return null;
    }
}
