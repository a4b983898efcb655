package org.backoffice.platform.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.SubscriptionStatus;

@Command(scope = "backoffice", name = "subscriptions",
        description = "Shows each event subscriber's position and failures")
@Service
public class SubscriptionsCommand implements Action {

    @Reference
    EventLog events;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Subscriber");
        table.column("Active");
        table.column("Position");
        table.column("Failures");
        table.column("Last error").maxSize(60);
        table.column("Updated (UTC)");
        for (SubscriptionStatus status : events.subscriptions()) {
            table.addRow().addContent(status.subscriberId(), status.active() ? "yes" : "no", status.position(),
                    status.failures(), status.lastError() == null ? "" : status.lastError(), status.updatedAt());
        }
        table.print(System.out);
        return null;
    }
}
