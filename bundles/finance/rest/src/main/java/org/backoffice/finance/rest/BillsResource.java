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
import org.backoffice.finance.api.document.AgingReport;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.payables.Bill;
import org.backoffice.finance.api.payables.BillDraft;
import org.backoffice.finance.api.payables.BillQuery;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.finance.api.payables.SupplierPayment;
import org.backoffice.finance.api.payables.SupplierPaymentDraft;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/finance/bills}, {@code /api/finance/supplier-payments}, {@code /api/finance/payables/aging}. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class BillsResource implements RestResource {

    private final PayablesService payables;

    @Activate
    public BillsResource(@Reference PayablesService payables) {
        this.payables = payables;
    }

    /** Saves a DRAFT bill: no number, nothing in the ledger until it is posted. */
    @POST
    @Path("bills")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response create(BillDraft draft, @Context UriInfo uriInfo) {
        Bill created = payables.createBill(Bodies.required(draft, "the bill"));
        return Created.at(uriInfo, "finance/bills", created.id(), created);
    }

    /** {@code overdue=true}: posted, not fully paid, due before today; {@code dueBy}: posted, open, due by then. */
    @GET
    @Path("bills")
    public Page<Bill> list(@QueryParam("supplier") String supplier, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue, @QueryParam("dueBy") String dueBy,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        boolean onlyOverdue = Boolean.TRUE.equals(QueryParams.bool("overdue", overdue));
        return payables.findBills(new BillQuery(blankToNull(supplier),
                QueryParams.enumeration("status", status, InvoiceStatus.class),
                onlyOverdue ? LocalDate.now() : null, QueryParams.date("dueBy", dueBy)),
                PageRequest.of(offset, limit));
    }

    @GET
    @Path("bills/{id}")
    public Bill get(@PathParam("id") long id) {
        return payables.requireBill(id);
    }

    /** Replaces a draft; send the {@code version} you read. */
    @PUT
    @Path("bills/{id}")
    @RolesAllowed(FinanceModule.MANAGER)
    public Bill update(@PathParam("id") long id, BillDraft draft) {
        return payables.updateBill(id, Bodies.required(draft, "the bill"));
    }

    @POST
    @Path("bills/{id}/post")
    @RolesAllowed(FinanceModule.MANAGER)
    public Bill post(@PathParam("id") long id) {
        return payables.postBill(id);
    }

    /** Records and posts a payment to a supplier; what is not allocated stays as an advance. */
    @POST
    @Path("supplier-payments")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response pay(SupplierPaymentDraft draft, @Context UriInfo uriInfo) {
        SupplierPayment payment = payables.recordPayment(Bodies.required(draft, "the supplier payment"));
        return Created.at(uriInfo, "finance/supplier-payments", payment.id(), payment);
    }

    @GET
    @Path("supplier-payments")
    public Page<SupplierPayment> payments(@QueryParam("supplier") String supplier,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return payables.findPayments(blankToNull(supplier), PageRequest.of(offset, limit));
    }

    @GET
    @Path("supplier-payments/{id}")
    public SupplierPayment payment(@PathParam("id") long id) {
        return payables.requirePayment(id);
    }

    /** {@code asOf} defaults to today, {@code currency} to the base currency. */
    @GET
    @Path("payables/aging")
    public AgingReport aging(@QueryParam("asOf") String asOf, @QueryParam("currency") String currency) {
        return payables.aging(QueryParams.date("asOf", asOf), blankToNull(currency));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
