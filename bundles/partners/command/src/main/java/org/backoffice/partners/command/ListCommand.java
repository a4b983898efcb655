package org.backoffice.partners.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.partners.api.PartnerQuery;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.support.shell.PagedListCommand;

@Command(scope = "partners", name = "list", description = "Lists partners (active ones unless --all)")
@Service
public class ListCommand extends PagedListCommand {

    @Reference
    PartnerService partners;

    @Option(name = "--role", aliases = "-r", description = "CUSTOMER or SUPPLIER")
    PartnerRole role;

    @Option(name = "--query", aliases = "-q", description = "Part of the code, name or e-mail")
    String text;

    @Option(name = "--all", aliases = "-a", description = "Include inactive partners")
    boolean all;

    @Override
    public Object execute() {
        print(partners.find(new PartnerQuery(role, all ? null : Boolean.TRUE, text), page()), PartnerTable.TABLE,
                "partners");
        return null;
    }
}
