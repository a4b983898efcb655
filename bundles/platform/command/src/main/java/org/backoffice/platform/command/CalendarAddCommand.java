package org.backoffice.platform.command;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

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

    @Argument(index = 2, name = "hours", description = "Working hours, e.g. 2.5", required = true)
    String hours;

    @Override
    public Object execute() throws Exception {
        ShellProblems.run(() -> {
            Instant begin;
            try {
                begin = OffsetDateTime.parse(start.trim()).toInstant();
            } catch (DateTimeException e) {
                throw ValidationFailedException.of("start", "must be an instant like 2026-03-27T15:00:00Z");
            }
            BigDecimal amount = ShellValues.decimal("hours", hours);
            if (amount.signum() < 0 || amount.compareTo(new BigDecimal(100_000)) > 0) {
                throw ValidationFailedException.of("hours", "must be between 0 and 100000");
            }
            Duration duration = Duration.ofSeconds(amount.multiply(BigDecimal.valueOf(3600))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact());
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
                    .add("Hours", amount.toPlainString())
                    .add("Due", due + " = " + ZonedDateTime.ofInstant(due, time.zone()))
                    .print();
        });
        return null;
    }
}
