package ${package}.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import ${package}.api.${entity};
import ${package}.api.${entity}Service;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.Table;

/** {@code --offset} and {@code --limit} come from {@link PagedListCommand}. */
@Command(scope = "${moduleId}", name = "list", description = "Lists ${entity.toLowerCase()}s by code")
@Service
public class ListCommand extends PagedListCommand {

    static final Table<${entity}> TABLE = Table.of(${entity}.class)
            .column("Code", ${entity}::code)
            .column("Name", 40, ${entity}::name)
            .column("Version", ${entity}::version);

    @Reference
    ${entity}Service service;

    @Option(name = "--query", aliases = "-q", description = "Part of the code or name")
    String text;

    @Override
    public Object execute() {
        print(service.find(text, page()), TABLE, "${entity.toLowerCase()}s");
        return null;
    }
}
