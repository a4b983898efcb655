package ${package}.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import ${package}.api.${entity}Service;
import org.backoffice.platform.api.PageRequest;

/** Completes codes that start with what was typed (the first 200 matches). */
@Service
public class CodeCompleter implements Completer {

    @Reference
    ${entity}Service service;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        StringsCompleter codes = new StringsCompleter();
        service.find(typed.isEmpty() ? null : typed, PageRequest.first(200)).items().stream()
                .map(item -> item.code())
                .filter(code -> code.startsWith(typed))
                .forEach(code -> codes.getStrings().add(code));
        return codes.complete(session, commandLine, candidates);
    }
}
