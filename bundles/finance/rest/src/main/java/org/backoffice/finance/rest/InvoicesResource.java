package org.backoffice.finance.rest;

import java.time.LocalDate;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.receivables.CreditNote;
import org.backoffice.finance.api.receivables.CreditNoteDraft;
import org.backoffice.finance.api.receivables.Invoice;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.finance.api.receivables.InvoiceQuery;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/finance/invoices} and {@code /api/finance/credit-notes}. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class InvoicesResource implements RestResource {

    private final ReceivablesService receivables;

    @Activate
    public InvoicesResource(@Reference ReceivablesService receivables) {
        this.receivables = receivables;
    }

    /** Saves a DRAFT: no number, nothing in the ledger until it is posted. */
    @POST
    @Path("invoices")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response create(InvoiceDraft draft, @Context UriInfo uriInfo) {
        Invoice created = receivables.createInvoice(Bodies.required(draft, "the invoice"));
        return Created.at(uriInfo, "finance/invoices", created.id(), created);
    }

    /** {@code overdue=true}: posted, not fully paid, due before today. */
    @GET
    @Path("invoices")
    public Page<Invoice> list(@QueryParam("customer") String customer, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        boolean onlyOverdue = Boolean.TRUE.equals(QueryParams.bool("overdue", overdue));
        return receivables.findInvoices(new InvoiceQuery(customer == null || customer.isBlank() ? null : customer,
                QueryParams.enumeration("status", status, InvoiceStatus.class),
                onlyOverdue ? LocalDate.now() : null, QueryParams.date("from", from), QueryParams.date("to", to)),
                PageRequest.of(offset, limit));
    }

    @GET
    @Path("invoices/{id}")
    public Invoice get(@PathParam("id") long id) {
        return receivables.requireInvoice(id);
    }

    /** Replaces a draft; send the {@code version} you read. */
    @PUT
    @Path("invoices/{id}")
    @RolesAllowed(FinanceModule.MANAGER)
    public Invoice update(@PathParam("id") long id, InvoiceDraft draft) {
        return receivables.updateInvoice(id, Bodies.required(draft, "the invoice"));
    }

    @POST
    @Path("invoices/{id}/post")
    @RolesAllowed(FinanceModule.MANAGER)
    public Invoice post(@PathParam("id") long id) {
        return receivables.postInvoice(id);
    }

    /** Creates and posts a credit note against a posted invoice. */
    @POST
    @Path("credit-notes")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response createCreditNote(CreditNoteDraft draft, @Context UriInfo uriInfo) {
        CreditNote created = receivables.createCreditNote(Bodies.required(draft, "the credit note"));
        return Created.at(uriInfo, "finance/credit-notes", created.id(), created);
    }

    @GET
    @Path("credit-notes")
    public Page<CreditNote> listCreditNotes(@QueryParam("invoice") Long invoice,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return receivables.findCreditNotes(invoice, PageRequest.of(offset, limit));
    }

    @GET
    @Path("credit-notes/{id}")
    public CreditNote getCreditNote(@PathParam("id") long id) {
        return receivables.requireCreditNote(id);
    }
}
