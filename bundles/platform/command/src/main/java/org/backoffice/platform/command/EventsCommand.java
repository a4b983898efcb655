package org.backoffice.platform.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "events", description = "Lists events of the event log, oldest first")
@Service
public class EventsCommand implements Action {

    @Reference
    EventLog events;

    @Option(name = "--topic", aliases = "-t", description = "Exact topic, or a prefix ending in *")
    String topic;

    @Option(name = "--after", aliases = "-a", description = "Only events with a greater id")
    long after;

    @Option(name = "--limit", aliases = "-n", description = "How many events (default 50, at most 500)")
    int limit = 50;

    @Override
    public Object execute() {
        Page<BusinessEvent> page = events.find(topic, after, PageRequest.first(limit));
        Table.of(BusinessEvent.class)
                .column("Id", BusinessEvent::id)
                .column("When (UTC)", BusinessEvent::occurredAt)
                .column("Topic", BusinessEvent::topic)
                .column("Key", BusinessEvent::key)
                .column("User", BusinessEvent::user)
                .column("Payload", 80, BusinessEvent::payload)
                .print(page, "events");
        return null;
    }
}
