package org.backoffice.finance.rest;

import java.time.LocalDate;
import java.util.List;

import javax.annotation.security.RolesAllowed;
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

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.document.AgingReport;
import org.backoffice.finance.api.receivables.AllocationDraft;
import org.backoffice.finance.api.receivables.CustomerCredit;
import org.backoffice.finance.api.receivables.Receipt;
import org.backoffice.finance.api.receivables.ReceiptDraft;
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

/** {@code /api/finance/receipts}, {@code /api/finance/customers/{code}/credit}, {@code /api/finance/receivables/aging}. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class ReceiptsResource implements RestResource {

    private final ReceivablesService receivables;

    @Activate
    public ReceiptsResource(@Reference ReceivablesService receivables) {
        this.receivables = receivables;
    }

    /** The body of {@code POST .../receipts/{id}/allocations}; {@code date} defaults to today. */
    public record AllocationRequest(LocalDate date, List<AllocationDraft> allocations) {
    }

    /** Records and posts a receipt; what is not allocated stays as customer credit. */
    @POST
    @Path("receipts")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response record(ReceiptDraft draft, @Context UriInfo uriInfo) {
        Receipt receipt = receivables.recordReceipt(Bodies.required(draft, "the receipt"));
        return Created.at(uriInfo, "finance/receipts", receipt.id(), receipt);
    }

    @GET
    @Path("receipts")
    public Page<Receipt> list(@QueryParam("customer") String customer, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return receivables.findReceipts(customer == null || customer.isBlank() ? null : customer,
                PageRequest.of(offset, limit));
    }

    @GET
    @Path("receipts/{id}")
    public Receipt get(@PathParam("id") long id) {
        return receivables.requireReceipt(id);
    }

    @POST
    @Path("receipts/{id}/allocations")
    @RolesAllowed(FinanceModule.MANAGER)
    public Receipt allocate(@PathParam("id") long id, AllocationRequest request) {
        AllocationRequest allocation = Bodies.required(request, "the allocations");
        return receivables.allocate(id, allocation.date(), allocation.allocations());
    }

    @GET
    @Path("customers/{code}/credit")
    public CustomerCredit credit(@PathParam("code") String code) {
        return receivables.customerCredit(code);
    }

    /** {@code asOf} defaults to today, {@code currency} to the base currency. */
    @GET
    @Path("receivables/aging")
    public AgingReport aging(@QueryParam("asOf") String asOf, @QueryParam("currency") String currency) {
        return receivables.aging(QueryParams.date("asOf", asOf), currency == null || currency.isBlank() ? null
                : currency);
    }
}
