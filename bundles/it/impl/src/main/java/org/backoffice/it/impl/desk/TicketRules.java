package org.backoffice.it.impl.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.it.api.TicketDraft;
import org.backoffice.it.api.TicketLink;
import org.backoffice.it.api.TicketStatus;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/** The checks of ticket operations: fields, references, who may act, which transitions the workflow allows. */
final class TicketRules {

    private TicketRules() {
    }

    static void check(TicketDraft draft) {
        if (draft == null) {
            throw ValidationFailedException.of("ticket", "is required");
        }
        Validator v = new Validator();
        v.requiredText("title", draft.title(), 200);
        v.optionalText("description", draft.description(), 4000);
        v.range("impact", draft.impact(), 1, 3);
        v.range("urgency", draft.urgency(), 1, 3);
        v.optionalText("requester", draft.requester(), 200);
        v.throwIfInvalid();
    }

    /** Category and group must exist (422 naming the field). */
    static void checkReferences(EntityManager em, TicketDraft draft) {
        Validator v = new Validator();
        if (draft.category() != null) {
            v.check(em.find(CategoryEntity.class, draft.category()) != null, "category",
                    "must be an existing category");
        }
        if (draft.group() != null) {
            v.check(em.find(GroupEntity.class, draft.group()) != null, "group", "must be an existing support group");
        }
        v.throwIfInvalid();
    }

    static void checkAssignment(EntityManager em, String group, String agent) {
        Validator v = new Validator();
        GroupEntity g = group == null ? null : em.find(GroupEntity.class, group);
        if (v.required("group", group) && v.check(g != null, "group", "must be an existing support group")
                && agent != null && !agent.isBlank()) {
            v.check(g.memberList().contains(agent.trim()), "agent", "must be a member of group " + group);
        }
        v.throwIfInvalid();
    }

    static void checkClassification(EntityManager em, Integer impact, Integer urgency, String category) {
        Validator v = new Validator();
        v.range("impact", impact, 1, 3);
        v.range("urgency", urgency, 1, 3);
        if (category != null) {
            v.check(em.find(CategoryEntity.class, category) != null, "category", "must be an existing category");
        }
        v.throwIfInvalid();
    }

    static void checkComment(String text) {
        Validator v = new Validator();
        v.requiredText("text", text, 4000);
        v.throwIfInvalid();
    }

    static String requiredName(String field, String value) {
        Validator v = new Validator();
        v.requiredText(field, value, 200);
        v.throwIfInvalid();
        return value.trim();
    }

    static TicketEntity checkLink(EntityManager em, TicketEntity from, String kind, String other) {
        Validator v = new Validator();
        v.check(List.of(TicketLink.RELATED, TicketLink.DUPLICATE_OF, TicketLink.CAUSED_BY).contains(kind), "kind",
                "must be RELATED, DUPLICATE_OF or CAUSED_BY");
        v.requiredText("ticket", other, 20);
        v.throwIfInvalid();
        TicketEntity target = DeskStore.byNumber(em, other);
        if (target == null) {
            throw ValidationFailedException.of("ticket", "must be an existing ticket number");
        }
        if (target.id.equals(from.id)) {
            throw ValidationFailedException.of("ticket", "must be another ticket");
        }
        return target;
    }

    static String checkAsset(EntityManager em, String tag) {
        String given = requiredName("asset", tag);
        List<String> found = em.createQuery("SELECT a.tag FROM AssetEntity a WHERE a.tag = :t", String.class)
                .setParameter("t", given).getResultList();
        if (found.isEmpty()) {
            throw ValidationFailedException.of("asset", "must be an existing asset tag");
        }
        return given;
    }

    static boolean inGroups(ItCaller caller, TicketEntity t) {
        return t.group == null || caller.groups().contains(t.group);
    }

    /** Managers act on every ticket, agents on those of their groups and unassigned ones; others on none (403). */
    static void requireAgentOf(ItCaller caller, TicketEntity t, String what) {
        if (caller.manager()) {
            return;
        }
        if (!caller.agent()) {
            throw new ForbiddenProblem("only IT agents may " + what + " ticket " + t.number);
        }
        if (!inGroups(caller, t)) {
            throw new ForbiddenProblem("ticket " + t.number + " belongs to group " + t.group
                    + ", which is not one of yours");
        }
    }

    /**
     * The workflow (409 naming the current status otherwise); agents move their groups' tickets, a requester may only
     * reopen or close their own resolved ticket, reopening within {@code reopenDays} of resolution.
     */
    static void checkTransition(ItCaller caller, TicketEntity t, TicketStatus from, TicketStatus to, int reopenDays,
            Instant now) {
        boolean requesterMove = from == TicketStatus.RESOLVED
                && (to == TicketStatus.IN_PROGRESS || to == TicketStatus.CLOSED) && caller.user().equals(t.requester);
        if (!requesterMove) {
            requireAgentOf(caller, t, "move");
        }
        if (!from.next().contains(to)) {
            throw new ConflictProblem("ticket " + t.number + " is " + from + " and cannot move to " + to
                    + "; allowed: " + from.next(), Map.of("ticketStatus", from.name()));
        }
        if (from == TicketStatus.RESOLVED && to == TicketStatus.IN_PROGRESS && t.resolvedAt != null
                && now.isAfter(t.resolvedAt.plus(Duration.ofDays(reopenDays)))) {
            throw new ConflictProblem("ticket " + t.number + " was resolved more than " + reopenDays
                    + " days ago and cannot be reopened; open a new ticket", Map.of("ticketStatus", from.name()));
        }
    }
}
