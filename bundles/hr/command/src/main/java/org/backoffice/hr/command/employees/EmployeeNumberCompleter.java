package org.backoffice.hr.command.employees;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.hr.api.employees.EmployeeQuery;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.platform.api.PageRequest;

/** Completes employee numbers starting with what was typed; used by every HR command taking an employee. */
@Service
public class EmployeeNumberCompleter implements Completer {

    @Reference
    EmployeeService employees;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        StringsCompleter numbers = new StringsCompleter();
        employees.find(new EmployeeQuery(typed.isEmpty() ? null : typed, null, null, null, null),
                PageRequest.first(200)).items().stream()
                .map(e -> e.number())
                .filter(number -> number.startsWith(typed))
                .forEach(number -> numbers.getStrings().add(number));
        return numbers.complete(session, commandLine, candidates);
    }
}
