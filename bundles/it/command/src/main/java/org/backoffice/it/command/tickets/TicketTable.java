package org.backoffice.it.command.tickets;

import org.backoffice.it.api.SlaTarget;
import org.backoffice.it.api.Ticket;
import org.backoffice.platform.support.shell.Table;

/** The columns of ticket lists and SLA targets. */
public final class TicketTable {

    public static final Table<Ticket> TABLE = Table.of(Ticket.class)
            .column("Number", Ticket::number)
            .column("P", Ticket::priority)
            .column("Status", Ticket::status)
            .column("Title", 40, Ticket::title)
            .column("Requester", Ticket::requester)
            .column("Group", Ticket::group)
            .column("Agent", Ticket::agent)
            .column("SLA", Ticket::slaStatus)
            .column("Due", Ticket::slaDue);

    public static final Table<SlaTarget> SLA = Table.of(SlaTarget.class)
            .column("Target", SlaTarget::target)
            .column("Policy", SlaTarget::policy)
            .column("Clock", SlaTarget::clock)
            .column("Status", SlaTarget::status)
            .right("Consumed s", SlaTarget::consumedSeconds)
            .right("Remaining s", SlaTarget::remainingSeconds)
            .column("Due (UTC)", SlaTarget::due)
            .column("Due (local)", SlaTarget::dueLocal)
            .column("Zone", SlaTarget::zone);

    private TicketTable() {
    }
}
