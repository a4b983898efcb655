package org.backoffice.it.api;

import java.util.List;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Tickets. Any authenticated user opens tickets and follows their own; a ticket of another requester answers 404.
 * Agents work the tickets of their groups (another group's is 403), managers every ticket.
 */
@ProviderType
public interface TicketService {

    Ticket open(TicketDraft draft);

    Ticket get(String number);

    Page<Ticket> find(TicketQuery query, PageRequest page);

    /** Assigns to a group and optionally one of its agents; a NEW ticket becomes ASSIGNED. */
    Ticket assign(String number, String group, String agent);

    /** Moves the ticket; 409 naming the current status when the workflow does not allow it. */
    Ticket transition(String number, TicketStatus status, String note);

    /** Changes impact, urgency (and so the priority) and category; the SLA targets follow from now on. */
    Ticket classify(String number, Integer impact, Integer urgency, String category);

    TicketComment comment(String number, String text, boolean internal);

    /** The comments the caller may see: a requester never sees internal notes. */
    List<TicketComment> comments(String number);

    List<HistoryEntry> history(String number);

    Ticket watch(String number, String user);

    Ticket link(String number, String kind, String other);

    /** Merges {@code number} into {@code into}: comments and watchers move, the merged ticket is closed. */
    Ticket merge(String number, String into);

    /** Attaches an asset (by tag) to the ticket. */
    Ticket attachAsset(String number, String tag);

    List<SlaTarget> sla(String number);
}
