package org.backoffice.bridge.hrit;

import java.util.List;
import java.util.Map;

import org.backoffice.hr.api.HrModule;
import org.backoffice.it.api.TicketDraft;
import org.backoffice.it.api.assets.Asset;
import org.backoffice.it.api.assets.SeatAssignment;

/**
 * What an HR event becomes at the service desk: a hire an on-boarding ticket, a termination an off-boarding ticket
 * that lists the equipment and licence seats to take back. The title names the employee number, and is how the
 * bridge finds a ticket it made before (exactly once).
 */
final class BoardingTickets {

    static final String ONBOARDING = "On-boarding";
    static final String OFFBOARDING = "Off-boarding";

    private BoardingTickets() {
    }

    /** The title of the event's ticket, or {@code null} for an event the bridge does not handle. */
    static String title(String topic, Map<String, Object> payload) {
        String kind = HrModule.TOPIC_EMPLOYEE_HIRED.equals(topic) ? ONBOARDING
                : HrModule.TOPIC_EMPLOYEE_TERMINATED.equals(topic) ? OFFBOARDING : null;
        Object number = payload.get("number");
        if (kind == null || number == null) {
            return null;
        }
        Object name = payload.get("name");
        return kind + " " + number + (name == null ? "" : " " + name);
    }

    static TicketDraft draft(String topic, Map<String, Object> payload, List<Asset> assets,
            List<SeatAssignment> seats) {
        String number = String.valueOf(payload.get("number"));
        StringBuilder description = new StringBuilder();
        if (HrModule.TOPIC_EMPLOYEE_HIRED.equals(topic)) {
            description.append("New employee ").append(number).append(" starts on ").append(payload.get("hireDate"))
                    .append(": prepare an account, equipment and licences.");
        } else {
            description.append("Employee ").append(number).append(" leaves on ")
                    .append(payload.get("terminationDate")).append(". Take back:");
            for (Asset asset : assets) {
                description.append("\n- asset ").append(asset.tag()).append(' ').append(asset.category())
                        .append(asset.model() == null ? "" : " " + asset.model());
            }
            for (SeatAssignment seat : seats) {
                description.append("\n- licence ").append(seat.licence()).append(" seat ").append(seat.seat());
            }
            if (assets.isEmpty() && seats.isEmpty()) {
                description.append("\n- nothing is checked out");
            }
        }
        String text = description.length() > 4000 ? description.substring(0, 3997) + "..." : description.toString();
        return new TicketDraft(title(topic, payload), text, null, 2, 2, number, null);
    }
}
