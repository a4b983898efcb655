package ${package}.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import ${package}.api.${entity};
import ${package}.api.${entity}Service;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "${moduleId}", name = "add", description = "Adds a ${entity.toLowerCase()}")
@Service
public class AddCommand implements Action {

    @Reference
    ${entity}Service service;

    @Argument(index = 0, name = "code", description = "Unique code, e.g. A-1", required = true)
    String code;

    @Argument(index = 1, name = "name", description = "Name (quote it when it has spaces)", required = true)
    String name;

    @Option(name = "--notes", description = "Free text")
    String notes;

    @Override
    public Object execute() throws Exception {
        // a refused one prints each field's problem, then fails the command
        ${entity} created = ShellProblems.report(() -> service.create(new ${entity}(code, name, notes, null)));
        System.out.println("${entity} " + created.code() + " added (version " + created.version() + ")");
        return null;
    }
}
