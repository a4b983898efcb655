package org.backoffice.platform.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.SubscriptionStatus;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "subscriptions",
        description = "Shows each event subscriber's position and failures")
@Service
public class SubscriptionsCommand implements Action {

    @Reference
    EventLog events;

    @Override
    public Object execute() {
        Table.of(SubscriptionStatus.class)
                .column("Subscriber", SubscriptionStatus::subscriberId)
                .column("Active", SubscriptionStatus::active)
                .column("Position", SubscriptionStatus::position)
                .column("Failures", SubscriptionStatus::failures)
                .column("Last error", 60, SubscriptionStatus::lastError)
                .column("Updated (UTC)", SubscriptionStatus::updatedAt)
                .print(events.subscriptions());
        return null;
    }
}
