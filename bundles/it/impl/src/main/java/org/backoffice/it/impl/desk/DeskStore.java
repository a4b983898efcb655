package org.backoffice.it.impl.desk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.Ticket;
import org.backoffice.it.api.TicketLink;
import org.backoffice.it.api.TicketStatus;
import org.backoffice.it.impl.sla.PolicyChoice;
import org.backoffice.platform.api.error.NotFoundProblem;

/** Reads the desk's rows: tickets by number as the caller may see them, the category tree, groups, policies. */
final class DeskStore {

    static final String WATCHER = "WATCHER";
    static final String ASSET = "ASSET";

    private DeskStore() {
    }

    /** The ticket if the caller may see it; another requester's ticket is "not found", as if it did not exist. */
    static TicketEntity visible(EntityManager em, ItCaller caller, String number) {
        TicketEntity t = byNumber(em, number);
        if (t == null || !caller.seesAll() && !caller.user().equals(t.requester)
                && !refs(em, t.id, WATCHER).contains(caller.user())) {
            throw new NotFoundProblem(ItModule.ENTITY_TICKET, number);
        }
        return t;
    }

    static TicketEntity byNumber(EntityManager em, String number) {
        List<TicketEntity> found = em.createQuery("SELECT t FROM TicketEntity t WHERE t.number = :n",
                TicketEntity.class).setParameter("n", number == null ? "" : number.trim().toUpperCase())
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static List<String> refs(EntityManager em, long ticketId, String kind) {
        return em.createQuery("SELECT r.ref FROM TicketRefEntity r WHERE r.ticketId = :t AND r.kind = :k ORDER BY r.id",
                String.class).setParameter("t", ticketId).setParameter("k", kind).getResultList();
    }

    static void addRef(EntityManager em, long ticketId, String kind, String ref) {
        if (!refs(em, ticketId, kind).contains(ref)) {
            TicketRefEntity r = new TicketRefEntity();
            r.ticketId = ticketId;
            r.kind = kind;
            r.ref = ref;
            em.persist(r);
        }
    }

    static Ticket view(EntityManager em, TicketEntity t, String[] sla) {
        List<TicketLink> links = new ArrayList<>();
        for (TicketRefEntity r : em.createQuery("SELECT r FROM TicketRefEntity r WHERE r.ticketId = :t AND r.kind IN"
                + " :k ORDER BY r.id", TicketRefEntity.class).setParameter("t", t.id)
                .setParameter("k", List.of(TicketLink.RELATED, TicketLink.DUPLICATE_OF, TicketLink.CAUSED_BY))
                .getResultList()) {
            links.add(new TicketLink(r.kind, r.ref));
        }
        return view(t, refs(em, t.id, WATCHER), links, refs(em, t.id, ASSET), sla);
    }

    static Ticket view(TicketEntity t, List<String> watchers, List<TicketLink> links, List<String> assets,
            String[] sla) {
        return new Ticket(t.number, t.requester, t.employee, t.title, t.description, t.category, t.impact, t.urgency,
                t.priority, t.group, t.agent, TicketStatus.valueOf(t.status), t.policy, t.createdAt, t.resolvedAt,
                t.closedAt, t.mergedInto, List.copyOf(watchers), List.copyOf(links), List.copyOf(assets),
                sla == null ? null : sla[0], sla == null || sla[1] == null ? null : java.time.Instant.parse(sla[1]),
                t.version);
    }

    /** The category and every one above it, nearest first; empty for none. */
    static List<String> categoryPath(EntityManager em, String code) {
        List<String> path = new ArrayList<>();
        String current = code;
        while (current != null && !path.contains(current)) {
            CategoryEntity c = em.find(CategoryEntity.class, current);
            if (c == null) {
                break;
            }
            path.add(c.code);
            current = c.parent;
        }
        return path;
    }

    static Set<String> groupsOf(EntityManager em, String user) {
        Set<String> groups = new HashSet<>();
        for (GroupEntity g : em.createQuery("SELECT g FROM GroupEntity g", GroupEntity.class).getResultList()) {
            if (g.memberList().contains(user)) {
                groups.add(g.code);
            }
        }
        return groups;
    }

    /** The policy that applies to a ticket now, or {@code null} when none does. */
    static PolicyEntity policyFor(EntityManager em, TicketEntity t) {
        List<PolicyEntity> all = em.createQuery("SELECT p FROM PolicyEntity p", PolicyEntity.class).getResultList();
        Map<String, PolicyEntity> byCode = new java.util.HashMap<>();
        List<PolicyChoice.Conditions> conditions = new ArrayList<>();
        for (PolicyEntity p : all) {
            byCode.put(p.code, p);
            conditions.add(new PolicyChoice.Conditions(p.code, p.rank, p.priority, p.category, p.requesterGroup));
        }
        return PolicyChoice.choose(conditions, t.priority, categoryPath(em, t.category), groupsOf(em, t.requester))
                .map(c -> byCode.get(c.code())).orElse(null);
    }
}
