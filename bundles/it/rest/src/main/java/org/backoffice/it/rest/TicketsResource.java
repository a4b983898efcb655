package org.backoffice.it.rest;

import java.util.List;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.it.api.HistoryEntry;
import org.backoffice.it.api.SlaTarget;
import org.backoffice.it.api.Ticket;
import org.backoffice.it.api.TicketComment;
import org.backoffice.it.api.TicketDraft;
import org.backoffice.it.api.TicketQuery;
import org.backoffice.it.api.TicketService;
import org.backoffice.it.api.TicketStatus;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/it/tickets}: every authenticated user opens tickets and reads their own (another requester's is 404);
 * the service decides what each caller may do (agents their groups' tickets, 403 otherwise).
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("it/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public final class TicketsResource implements RestResource {

    private final TicketService tickets;

    @Activate
    public TicketsResource(@Reference TicketService tickets) {
        this.tickets = tickets;
    }

    @GET
    public Page<Ticket> list(@QueryParam("view") String view, @QueryParam("status") String status,
            @QueryParam("group") String group, @QueryParam("agent") String agent,
            @QueryParam("requester") String requester, @QueryParam("category") String category,
            @QueryParam("priority") Integer priority, @QueryParam("q") String text,
            @QueryParam("withinMinutes") Integer within, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return tickets.find(new TicketQuery(view, QueryParams.enumeration("status", status, TicketStatus.class), group,
                agent, requester, category, priority, text, within), PageRequest.of(offset, limit));
    }

    @POST
    public Response open(TicketDraft draft, @Context UriInfo uriInfo) {
        Ticket opened = tickets.open(Bodies.required(draft, "the ticket"));
        return Created.at(uriInfo, "it/tickets", opened.number(), opened);
    }

    @GET
    @Path("{number}")
    public Ticket get(@PathParam("number") String number) {
        return tickets.get(number);
    }

    /** Body {@code {"group": "NET", "agent": "ann"}}. */
    @POST
    @Path("{number}/assign")
    public Ticket assign(@PathParam("number") String number, Map<String, String> body) {
        Map<String, String> b = Bodies.required(body, "the assignment");
        return tickets.assign(number, b.get("group"), b.get("agent"));
    }

    /** Body {@code {"status": "IN_PROGRESS", "note": "..."}}. */
    @POST
    @Path("{number}/transitions")
    public Ticket transition(@PathParam("number") String number, Map<String, String> body) {
        Map<String, String> b = Bodies.required(body, "the transition");
        return tickets.transition(number, QueryParams.enumeration("status", b.get("status"), TicketStatus.class),
                b.get("note"));
    }

    /** Body {@code {"impact": 1, "urgency": 2, "category": "NET"}}. */
    @POST
    @Path("{number}/classification")
    public Ticket classify(@PathParam("number") String number, Map<String, Object> body) {
        Map<String, Object> b = Bodies.required(body, "the classification");
        return tickets.classify(number, integer(b, "impact"), integer(b, "urgency"), (String) b.get("category"));
    }

    @GET
    @Path("{number}/comments")
    public List<TicketComment> comments(@PathParam("number") String number) {
        return tickets.comments(number);
    }

    /** Body {@code {"text": "...", "internal": false}}. */
    @POST
    @Path("{number}/comments")
    public Response comment(@PathParam("number") String number, Map<String, Object> body, @Context UriInfo uriInfo) {
        Map<String, Object> b = Bodies.required(body, "the comment");
        Object text = b.get("text");
        TicketComment comment = tickets.comment(number, text == null ? null : text.toString(),
                Boolean.TRUE.equals(b.get("internal")));
        return Created.at(uriInfo, "it/tickets/" + number + "/comments", comment.id(), comment);
    }

    @GET
    @Path("{number}/history")
    public List<HistoryEntry> history(@PathParam("number") String number) {
        return tickets.history(number);
    }

    @POST
    @Path("{number}/watchers")
    public Ticket watch(@PathParam("number") String number, Map<String, String> body) {
        return tickets.watch(number, Bodies.required(body, "the watcher").get("user"));
    }

    /** Body {@code {"kind": "RELATED", "ticket": "IT-2026-000002"}}. */
    @POST
    @Path("{number}/links")
    public Ticket link(@PathParam("number") String number, Map<String, String> body) {
        Map<String, String> b = Bodies.required(body, "the link");
        return tickets.link(number, b.get("kind"), b.get("ticket"));
    }

    /** Body {@code {"into": "IT-2026-000002"}}. */
    @POST
    @Path("{number}/merge")
    public Ticket merge(@PathParam("number") String number, Map<String, String> body) {
        return tickets.merge(number, Bodies.required(body, "the merge").get("into"));
    }

    @POST
    @Path("{number}/assets")
    public Ticket attach(@PathParam("number") String number, Map<String, String> body) {
        return tickets.attachAsset(number, Bodies.required(body, "the asset").get("tag"));
    }

    @GET
    @Path("{number}/sla")
    public List<SlaTarget> sla(@PathParam("number") String number) {
        return tickets.sla(number);
    }

    private static Integer integer(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        throw org.backoffice.platform.api.error.ValidationFailedException.of(field, "must be a whole number 1 to 3");
    }
}
