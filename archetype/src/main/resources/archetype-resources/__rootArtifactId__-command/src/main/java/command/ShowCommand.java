package ${package}.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import ${package}.api.${entity};
import ${package}.api.${entity}Service;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "${moduleId}", name = "show", description = "Shows one ${entity.toLowerCase()} with every field")
@Service
public class ShowCommand implements Action {

    @Reference
    ${entity}Service service;

    @Argument(index = 0, name = "code", description = "The code", required = true)
    @Completion(CodeCompleter.class)
    String code;

    @Override
    public Object execute() throws Exception {
        ${entity} item = ShellProblems.report(() -> service.require(code));
        new Details()
                .add("Code", item.code())
                .add("Name", item.name())
                .add("Notes", item.notes())
                .add("Version", item.version())
                .print();
        return null;
    }
}
