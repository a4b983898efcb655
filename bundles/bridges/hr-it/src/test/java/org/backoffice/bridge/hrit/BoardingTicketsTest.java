package org.backoffice.bridge.hrit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backoffice.hr.api.HrModule;
import org.backoffice.it.api.TicketDraft;
import org.backoffice.it.api.assets.Asset;
import org.backoffice.it.api.assets.AssetStatus;
import org.backoffice.it.api.assets.SeatAssignment;
import org.junit.jupiter.api.Test;

class BoardingTicketsTest {

    private static final Map<String, Object> HIRED = Map.of("number", "E-7", "name", "דנה כהן", "hireDate",
            "2026-07-01");

    @Test
    void hireBecomesAnOnboardingTicketForTheEmployee() {
        TicketDraft draft = BoardingTickets.draft(HrModule.TOPIC_EMPLOYEE_HIRED, HIRED, List.of(), List.of());
        assertEquals("On-boarding E-7 דנה כהן", draft.title());
        assertEquals("E-7", draft.requester());
        assertTrue(draft.description().contains("2026-07-01"));
    }

    @Test
    void terminationListsWhatToTakeBack() {
        Asset laptop = new Asset("LAP-1", null, "X1", null, "laptop", null, null, null, null, null, null,
                AssetStatus.ASSIGNED, "E-7", null, 1L);
        SeatAssignment seat = new SeatAssignment("M365", 3, "E-7", Instant.EPOCH, null, false);
        TicketDraft draft = BoardingTickets.draft(HrModule.TOPIC_EMPLOYEE_TERMINATED,
                Map.of("number", "E-7", "terminationDate", "2026-09-30"), List.of(laptop), List.of(seat));
        assertEquals("Off-boarding E-7", draft.title());
        assertTrue(draft.description().contains("asset LAP-1 laptop X1"), draft.description());
        assertTrue(draft.description().contains("licence M365 seat 3"), draft.description());
    }

    @Test
    void otherEventsAreNotTheBridgesBusiness() {
        assertNull(BoardingTickets.title(HrModule.TOPIC_EMPLOYEE_CHANGED, HIRED));
        assertNull(BoardingTickets.title(HrModule.TOPIC_EMPLOYEE_HIRED, Map.of()));
    }
}
