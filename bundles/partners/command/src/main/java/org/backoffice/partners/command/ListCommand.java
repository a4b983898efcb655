package org.backoffice.partners.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerQuery;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "partners", name = "list", description = "Lists partners (active ones unless --all)")
@Service
public class ListCommand implements Action {

    @Reference
    PartnerService partners;

    @Option(name = "--role", aliases = "-r", description = "CUSTOMER or SUPPLIER")
    PartnerRole role;

    @Option(name = "--query", aliases = "-q", description = "Part of the code, name or e-mail")
    String text;

    @Option(name = "--all", aliases = "-a", description = "Include inactive partners")
    boolean all;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50, at most 500)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<Partner> page = partners.find(new PartnerQuery(role, all ? null : Boolean.TRUE, text),
                new PageRequest(offset, limit));
        PartnerTable.print(page.items());
        System.out.println(page.items().size() + " of " + page.total() + " partners");
        return null;
    }
}
