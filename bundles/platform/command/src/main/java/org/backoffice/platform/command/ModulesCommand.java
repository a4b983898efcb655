package org.backoffice.platform.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.platform.api.ModuleInfo;
import org.backoffice.platform.api.ModuleRegistry;

@Command(scope = "backoffice", name = "modules", description = "Lists the installed, active Backoffice modules")
@Service
public class ModulesCommand implements Action {

    @Reference
    ModuleRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("REST");
        table.column("Shell");
        table.column("Roles");
        for (ModuleInfo module : registry.modules()) {
            table.addRow().addContent(module.id(), module.name(), module.version(), module.restBasePath(),
                    module.shellScope(), String.join(", ", module.roles()));
        }
        table.print(System.out);
        return null;
    }
}
