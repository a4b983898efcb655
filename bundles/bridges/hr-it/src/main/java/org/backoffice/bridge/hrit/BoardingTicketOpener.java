package org.backoffice.bridge.hrit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import org.backoffice.hr.api.HrModule;
import org.backoffice.it.api.TicketQuery;
import org.backoffice.it.api.TicketService;
import org.backoffice.it.api.assets.Asset;
import org.backoffice.it.api.assets.AssetService;
import org.backoffice.it.api.assets.Holdings;
import org.backoffice.it.api.assets.SeatAssignment;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventSubscriber;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Opens the on-boarding ticket of each hire and the off-boarding ticket of each termination.
 *
 * <p>Exactly once: the ticket's title names the employee, and is looked up before a ticket is opened, so an event
 * delivered again (after a failure, a restart or a reinstallation) finds its ticket. The platform hands a subscriber
 * its events one at a time from one thread, so the lookup and the opening never race. With catch-up: a subscriber id
 * the platform has not seen is delivered the log from its beginning, so hires and terminations from before the
 * bridge was installed get their tickets too.
 */
@Component(service = EventSubscriber.class)
public final class BoardingTicketOpener implements EventSubscriber {

    static final String SUBSCRIBER_ID = "org.backoffice.bridge.hrit.tickets";
    private static final Logger LOG = Logger.getLogger(BoardingTicketOpener.class.getName());

    private final TicketService tickets;
    private final AssetService assets;

    @Activate
    public BoardingTicketOpener(@Reference TicketService tickets, @Reference AssetService assets) {
        this.tickets = tickets;
        this.assets = assets;
    }

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(HrModule.TOPIC_EMPLOYEE_HIRED, HrModule.TOPIC_EMPLOYEE_TERMINATED);
    }

    @Override
    public void onEvent(BusinessEvent event) {
        String title = BoardingTickets.title(event.topic(), event.payload());
        if (title == null || exists(title)) {
            return;
        }
        List<Asset> held = new ArrayList<>();
        List<SeatAssignment> seats = new ArrayList<>();
        if (HrModule.TOPIC_EMPLOYEE_TERMINATED.equals(event.topic())) {
            for (Object holder : new Object[] {event.payload().get("number"), event.payload().get("user")}) {
                if (holder != null) {
                    Holdings h = assets.holdings(holder.toString());
                    held.addAll(h.assets());
                    seats.addAll(h.seats());
                }
            }
        }
        String number = tickets.open(BoardingTickets.draft(event.topic(), event.payload(), held, seats)).number();
        LOG.info(() -> title + ": ticket " + number);
    }

    private boolean exists(String title) {
        return tickets.find(new TicketQuery(null, null, null, null, null, null, null, title, null),
                PageRequest.first(50)).items().stream().anyMatch(t -> t.title().equals(title));
    }
}
