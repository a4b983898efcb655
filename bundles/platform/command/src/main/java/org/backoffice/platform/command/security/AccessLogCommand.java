package org.backoffice.platform.command.security;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.security.AccessEntry;
import org.backoffice.platform.api.security.AccessLog;
import org.backoffice.platform.api.security.AccessQuery;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "access-log",
        description = "Shows the access log: sign-ins, failures, lockouts, API-key uses, refusals; newest first")
@Service
public class AccessLogCommand extends PagedListCommand {

    private static final Table<AccessEntry> TABLE = Table.of(AccessEntry.class)
            .column("At (UTC)", AccessEntry::at)
            .column("Event", AccessEntry::event)
            .column("User", AccessEntry::user)
            .column("Address", AccessEntry::address)
            .column("Method", AccessEntry::method)
            .column("Path", 50, AccessEntry::path)
            .right("Status", AccessEntry::status)
            .column("Via", AccessEntry::authentication);

    @Reference(optional = true)
    AccessLog log;

    @Option(name = "--user", description = "Only this user")
    String user;

    @Option(name = "--address", description = "Only this address")
    String address;

    @Option(name = "--event", description = "REQUEST, SIGN_IN_FAILED, LOCKED_OUT or FORBIDDEN")
    String event;

    @Option(name = "--status", description = "Only answers with this HTTP status")
    Integer status;

    @Override
    public Object execute() {
        AdminFeature.require(log);
        log.flush();
        print(log.find(new AccessQuery(user, address, event, status), page()), TABLE, "entries");
        return null;
    }
}
