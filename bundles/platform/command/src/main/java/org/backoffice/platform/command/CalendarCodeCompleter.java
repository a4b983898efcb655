package org.backoffice.platform.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.CalendarService;

/** Completes calendar codes. */
@Service
public class CalendarCodeCompleter implements Completer {

    @Reference
    CalendarService calendars;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        calendars.list().stream().map(BusinessCalendar::code).forEach(code -> codes.getStrings().add(code));
        return codes.complete(session, commandLine, candidates);
    }
}
