package ${package}.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import ${package}.api.${entity};
import ${package}.api.${entity}Service;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "${moduleId}", name = "list", description = "Lists ${entity.toLowerCase()}s by code")
@Service
public class ListCommand implements Action {

    @Reference
    ${entity}Service service;

    @Option(name = "--query", aliases = "-q", description = "Part of the code or name")
    String text;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50, at most 500)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<${entity}> page = service.find(text, new PageRequest(offset, limit));
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name").maxSize(40);
        table.column("Version");
        for (${entity} item : page.items()) {
            table.addRow().addContent(item.code(), item.name(), item.version());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " ${entity.toLowerCase()}s");
        return null;
    }
}
