package org.backoffice.it.impl.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.it.api.Ticket;
import org.backoffice.it.api.TicketQuery;
import org.backoffice.it.api.TicketStatus;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.persistence.PagedQuery;

/** The queues: mine, my groups', unassigned, breaching soon, filtered and paged, each with its SLA state. */
final class TicketQueries {

    static final List<String> VIEWS = List.of("MINE", "MY_GROUPS", "UNASSIGNED", "BREACHING_SOON");
    private static final List<String> OPEN = Arrays.stream(TicketStatus.values()).filter(TicketStatus::open)
            .map(Enum::name).toList();

    private TicketQueries() {
    }

    static Page<Ticket> find(EntityManager em, ItCaller caller, TicketQuery query, PageRequest page, Instant now) {
        TicketQuery q = query == null ? TicketQuery.view(null) : query;
        String view = q.view() == null ? null : q.view().trim().toUpperCase();
        if (view != null && !VIEWS.contains(view)) {
            throw ValidationFailedException.of("view", "must be one of " + VIEWS);
        }
        PagedQuery select = PagedQuery.of("TicketEntity", "t")
                .equal("t.status", q.status() == null ? null : q.status().name())
                .equal("t.group", q.group())
                .equal("t.agent", q.agent())
                .equal("t.category", q.category())
                .equal("t.priority", q.priority())
                .where("LOWER(t.title) LIKE :value ESCAPE '!'", PagedQuery.containing(q.text()));
        if (!caller.seesAll()) {
            select.equal("t.requester", caller.user());
        } else {
            select.equal("t.requester", q.requester());
        }
        if (view != null) {
            select.where("t.status IN :value", OPEN);
        }
        if ("MINE".equals(view)) {
            select.equal(caller.staff() ? "t.agent" : "t.requester", caller.user());
        } else if ("MY_GROUPS".equals(view)) {
            if (caller.groups().isEmpty()) {
                return Page.of(List.of(), 0, page);
            }
            select.where("t.group IN :value", new ArrayList<>(caller.groups()));
        } else if ("UNASSIGNED".equals(view)) {
            select.where("t.agent IS NULL AND t.status <> :value", TicketStatus.CLOSED.name());
        } else if ("BREACHING_SOON".equals(view)) {
            Duration within = Duration.ofMinutes(q.withinMinutes() == null ? 60 : q.withinMinutes());
            select.where("t.id IN (SELECT c.ticketId FROM ClockEntity c WHERE c.state = 'RUNNING' AND c.dueAt <= "
                    + ":value)", now.plus(within));
        }
        Page<TicketEntity> rows = select.page(em, TicketEntity.class, "t.priority, t.id", page, t -> t);
        Map<Long, String[]> sla = SlaTargets.summaries(em, rows.items().stream().map(t -> t.id).toList(), now);
        return rows.map(t -> DeskStore.view(t, List.of(), List.of(), List.of(), sla.get(t.id)));
    }
}
