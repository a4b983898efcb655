package ${package}.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import ${package}.api.${entity};
import ${package}.api.${entity}Service;

@Command(scope = "${moduleId}", name = "show", description = "Shows one ${entity.toLowerCase()} with every field")
@Service
public class ShowCommand implements Action {

    @Reference
    ${entity}Service service;

    @Argument(index = 0, name = "code", description = "The code", required = true)
    @Completion(CodeCompleter.class)
    String code;

    @Override
    public Object execute() {
        ${entity} item = service.require(code);
        System.out.printf("%-8s %s%n", "Code:", item.code());
        System.out.printf("%-8s %s%n", "Name:", item.name());
        System.out.printf("%-8s %s%n", "Notes:", item.notes() == null ? "" : item.notes());
        System.out.printf("%-8s %s%n", "Version:", item.version());
        return null;
    }
}
