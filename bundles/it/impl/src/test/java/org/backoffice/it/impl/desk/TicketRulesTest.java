package org.backoffice.it.impl.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.backoffice.it.api.TicketDraft;
import org.backoffice.it.api.TicketStatus;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class TicketRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-10T10:00:00Z");
    private static final ItCaller NETWORK_AGENT = new ItCaller("ann", false, true, false, Set.of("NET"));
    private static final ItCaller REQUESTER = new ItCaller("alice", false, false, false, Set.of());

    private static TicketEntity ticket(String group, TicketStatus status, Instant resolvedAt) {
        TicketEntity t = new TicketEntity();
        t.number = "IT-2026-000001";
        t.requester = "alice";
        t.group = group;
        t.status = status.name();
        t.resolvedAt = resolvedAt;
        return t;
    }

    @Test
    void workflowRefusalNamesTheCurrentStatus() {
        TicketEntity t = ticket("NET", TicketStatus.CLOSED, null);
        ConflictProblem e = assertThrows(ConflictProblem.class, () -> TicketRules.checkTransition(NETWORK_AGENT, t,
                TicketStatus.CLOSED, TicketStatus.IN_PROGRESS, 7, NOW));
        assertEquals("CLOSED", e.extensions().get("ticketStatus"));
    }

    @Test
    void agentOutsideTheGroupIsForbidden() {
        TicketEntity t = ticket("HW", TicketStatus.ASSIGNED, null);
        ForbiddenProblem e = assertThrows(ForbiddenProblem.class, () -> TicketRules.checkTransition(NETWORK_AGENT, t,
                TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, 7, NOW));
        assertEquals(403, e.status());
        assertTrue(e.detail().contains("HW"));
    }

    @Test
    void agentWorksUnassignedAndOwnGroupTickets() {
        TicketRules.checkTransition(NETWORK_AGENT, ticket(null, TicketStatus.NEW, null), TicketStatus.NEW,
                TicketStatus.IN_PROGRESS, 7, NOW);
        TicketRules.checkTransition(NETWORK_AGENT, ticket("NET", TicketStatus.IN_PROGRESS, null),
                TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_THIRD_PARTY, 7, NOW);
    }

    @Test
    void requesterReopensWithinTheWindowOnly() {
        TicketEntity recent = ticket("NET", TicketStatus.RESOLVED, NOW.minus(Duration.ofDays(6)));
        TicketRules.checkTransition(REQUESTER, recent, TicketStatus.RESOLVED, TicketStatus.IN_PROGRESS, 7, NOW);
        TicketEntity old = ticket("NET", TicketStatus.RESOLVED, NOW.minus(Duration.ofDays(8)));
        ConflictProblem e = assertThrows(ConflictProblem.class, () -> TicketRules.checkTransition(REQUESTER, old,
                TicketStatus.RESOLVED, TicketStatus.IN_PROGRESS, 7, NOW));
        assertTrue(e.detail().contains("7 days"));
    }

    @Test
    void requesterMayNotWorkTheTicket() {
        TicketEntity t = ticket("NET", TicketStatus.IN_PROGRESS, null);
        assertThrows(ForbiddenProblem.class, () -> TicketRules.checkTransition(REQUESTER, t, TicketStatus.IN_PROGRESS,
                TicketStatus.RESOLVED, 7, NOW));
    }

    @Test
    void draftFieldsAreNamed() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> TicketRules.check(new TicketDraft(" ", null, null, 0, 4, null, null)));
        assertEquals(List.of("title", "impact", "urgency"), e.errors().stream().map(FieldError::field).toList());
    }
}
