package org.backoffice.platform.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.ModuleInfo;
import org.backoffice.platform.api.ModuleRegistry;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "modules", description = "Lists the installed, active Backoffice modules")
@Service
public class ModulesCommand implements Action {

    @Reference
    ModuleRegistry registry;

    @Override
    public Object execute() {
        Table.of(ModuleInfo.class)
                .column("Id", ModuleInfo::id)
                .column("Name", ModuleInfo::name)
                .column("Version", ModuleInfo::version)
                .column("REST", ModuleInfo::restBasePath)
                .column("Shell", ModuleInfo::shellScope)
                .column("Roles", module -> String.join(", ", module.roles()))
                .print(registry.modules());
        return null;
    }
}
