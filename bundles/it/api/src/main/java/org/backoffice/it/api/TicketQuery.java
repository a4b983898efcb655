package org.backoffice.it.api;

/**
 * Filters of a ticket list; {@code null} leaves a filter out. {@code view} is one of {@code MINE} (open tickets
 * assigned to me, or that I requested when I am no agent), {@code MY_GROUPS}, {@code UNASSIGNED},
 * {@code BREACHING_SOON} (open, a running target due within {@code withinMinutes}, 60 by default).
 */
public record TicketQuery(String view, TicketStatus status, String group, String agent, String requester,
        String category, Integer priority, String text, Integer withinMinutes) {

    public static TicketQuery view(String view) {
        return new TicketQuery(view, null, null, null, null, null, null, null, null);
    }
}
