package org.backoffice.platform.rest.resources;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.SubscriptionStatus;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/events?topic=&after=} and {@code GET /api/events/subscriptions}: the event log, for administrators. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class EventsResource implements RestResource {

    private final EventLog events;

    @Activate
    public EventsResource(@Reference EventLog events) {
        this.events = events;
    }

    @GET
    public Page<BusinessEvent> find(@QueryParam("topic") String topic, @QueryParam("after") Long after,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return events.find(topic, after == null ? 0 : after, PageRequest.of(offset, limit));
    }

    @GET
    @Path("subscriptions")
    public List<SubscriptionStatus> subscriptions() {
        return events.subscriptions();
    }
}
