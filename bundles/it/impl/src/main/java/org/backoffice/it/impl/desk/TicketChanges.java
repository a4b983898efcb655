package org.backoffice.it.impl.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.Ticket;
import org.backoffice.platform.api.audit.AuditedType;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;

/** How tickets are audited: every workflow, assignment and classification field. */
final class TicketChanges implements AuditedType<Ticket> {

    @Override
    public String module() {
        return ItModule.ID;
    }

    @Override
    public String entity() {
        return ItModule.ENTITY_TICKET;
    }

    @Override
    public String id(Ticket ticket) {
        return ticket.number();
    }

    @Override
    public Long version(Ticket ticket) {
        return ticket.version();
    }

    @Override
    public List<FieldChange> changes(Ticket before, Ticket after) {
        ChangeSet set = new ChangeSet();
        set.compare("requester", before == null ? null : before.requester(), after.requester());
        set.compare("title", before == null ? null : before.title(), after.title());
        set.compare("category", before == null ? null : before.category(), after.category());
        set.compare("impact", before == null ? null : before.impact(), after.impact());
        set.compare("urgency", before == null ? null : before.urgency(), after.urgency());
        set.compare("priority", before == null ? null : before.priority(), after.priority());
        set.compare("group", before == null ? null : before.group(), after.group());
        set.compare("agent", before == null ? null : before.agent(), after.agent());
        set.compare("status", before == null ? null : before.status(), after.status());
        set.compare("policy", before == null ? null : before.policy(), after.policy());
        set.compare("mergedInto", before == null ? null : before.mergedInto(), after.mergedInto());
        set.compare("watchers", before == null ? null : String.join(",", before.watchers()),
                String.join(",", after.watchers()));
        set.compare("links", before == null ? null : links(before), links(after));
        set.compare("assets", before == null ? null : String.join(",", before.assets()),
                String.join(",", after.assets()));
        return set.changes();
    }

    private static String links(Ticket ticket) {
        List<String> list = new ArrayList<>();
        ticket.links().forEach(l -> list.add(l.kind() + ":" + l.ticket()));
        return String.join(",", list);
    }

    @Override
    public Map<String, Object> payload(Ticket ticket, List<FieldChange> changes) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("number", ticket.number());
        payload.put("requester", ticket.requester());
        payload.put("status", ticket.status().name());
        payload.put("priority", ticket.priority());
        payload.put("group", ticket.group());
        payload.put("agent", ticket.agent());
        payload.put("changed", changes.stream().map(FieldChange::field).toList());
        return payload;
    }
}
