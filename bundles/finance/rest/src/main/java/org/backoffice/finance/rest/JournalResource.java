package org.backoffice.finance.rest;

import java.time.LocalDate;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.EntryStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalQuery;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/finance/journal-entries}: recording, posting, reversing and listing journal entries. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance/journal-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class JournalResource implements RestResource {

    private final LedgerService ledger;

    @Activate
    public JournalResource(@Reference LedgerService ledger) {
        this.ledger = ledger;
    }

    /** The optional body of {@code POST .../{id}/reverse}. */
    public record ReverseRequest(LocalDate date) {
    }

    /** The body of {@code POST .../batch}. */
    public record Batch(List<JournalEntryDraft> entries) {
    }

    /** With an {@code Idempotency-Key} header, repeating the same request returns the entry recorded the first time. */
    @POST
    @RolesAllowed(FinanceModule.MANAGER)
    public Response record(@HeaderParam("Idempotency-Key") String idempotencyKey, JournalEntryDraft draft,
            @Context UriInfo uriInfo) {
        return created(uriInfo, ledger.record(Bodies.required(draft, "the journal entry"), idempotencyKey));
    }

    /** Up to 1,000 entries, all recorded or none. */
    @POST
    @Path("batch")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response recordAll(Batch batch) {
        List<JournalEntry> entries = ledger.recordAll(Bodies.required(batch, "the entries").entries());
        return Response.status(Response.Status.CREATED)
                .entity(new Page<>(entries, entries.size(), 0, entries.size())).build();
    }

    @GET
    public Page<JournalEntry> list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("account") String account, @QueryParam("status") String status,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return ledger.find(new JournalQuery(QueryParams.date("from", from), QueryParams.date("to", to),
                account == null || account.isBlank() ? null : account,
                QueryParams.enumeration("status", status, EntryStatus.class)), PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public JournalEntry get(@PathParam("id") long id) {
        return ledger.require(id);
    }

    @POST
    @Path("{id}/post")
    @RolesAllowed(FinanceModule.MANAGER)
    public JournalEntry post(@PathParam("id") long id) {
        return ledger.post(id);
    }

    @POST
    @Path("{id}/reverse")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response reverse(@PathParam("id") long id, ReverseRequest request, @Context UriInfo uriInfo) {
        return created(uriInfo, ledger.reverse(id, request == null ? null : request.date()));
    }

    private static Response created(UriInfo uriInfo, JournalEntry entry) {
        return Created.at(uriInfo, "finance/journal-entries", entry.id(), entry);
    }
}
