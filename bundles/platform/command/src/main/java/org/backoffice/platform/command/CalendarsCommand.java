package org.backoffice.platform.command;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.calendar.WorkingWindow;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "calendars", description = "Lists the business calendars")
@Service
public class CalendarsCommand implements Action {

    static final Table<BusinessCalendar> TABLE = Table.of(BusinessCalendar.class)
            .column("Code", BusinessCalendar::code)
            .column("Name", 40, BusinessCalendar::name)
            .column("Zone", BusinessCalendar::zone)
            .column("Windows", 60, CalendarsCommand::windows)
            .right("Holidays", c -> c.holidays().size())
            .right("Version", BusinessCalendar::version);

    @Reference
    CalendarService calendars;

    @Override
    public Object execute() {
        TABLE.print(calendars.list());
        return null;
    }

    private static String windows(BusinessCalendar calendar) {
        return calendar.windows().stream().map(CalendarsCommand::window).collect(Collectors.joining(", "));
    }

    private static String window(WorkingWindow window) {
        return window.day().name().substring(0, 3) + " " + window.from() + "-" + window.to();
    }
}
