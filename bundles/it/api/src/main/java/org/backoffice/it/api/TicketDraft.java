package org.backoffice.it.api;

/**
 * What opening a ticket takes. {@code requester} is the caller unless an agent opens it for someone; impact and
 * urgency default to 3 (low); {@code group} may be left to the agents.
 */
public record TicketDraft(String title, String description, String category, Integer impact, Integer urgency,
        String requester, String group) {
}
