package org.backoffice.finance.rest;


import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.finance.api.payables.PaymentRun;
import org.backoffice.finance.api.payables.PaymentRunDraft;
import org.backoffice.finance.api.payables.SupplierPayment;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/finance/payment-runs}: propose, review, exclude bills, cancel, execute, and export the payments as an
 * ISO 20022 pain.001.001.03 credit transfer or as CSV.
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance/payment-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class PaymentRunsResource implements RestResource {

    static final String PAIN_001 = "application/xml";
    static final String CSV = "text/csv";

    private final PayablesService payables;

    @Activate
    public PaymentRunsResource(@Reference PayablesService payables) {
        this.payables = payables;
    }

    /** Proposes a run of the posted, unpaid bills due on or before {@code dueBy}. */
    @POST
    @RolesAllowed(FinanceModule.MANAGER)
    public Response propose(PaymentRunDraft draft, @Context UriInfo uriInfo) {
        PaymentRun run = payables.proposePaymentRun(Bodies.required(draft, "the dueBy date"));
        return Created.at(uriInfo, "finance/payment-runs", run.id(), run);
    }

    @GET
    public Page<PaymentRun> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return payables.findPaymentRuns(PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public PaymentRun get(@PathParam("id") long id) {
        return payables.requirePaymentRun(id);
    }

    /** Takes a bill out of a PROPOSED run. */
    @DELETE
    @Path("{id}/items/{bill}")
    @RolesAllowed(FinanceModule.MANAGER)
    public PaymentRun exclude(@PathParam("id") long id, @PathParam("bill") long bill) {
        return payables.excludeFromPaymentRun(id, bill);
    }

    /** One payment per supplier, all posted together; a second execution is a 409. */
    @POST
    @Path("{id}/execute")
    @RolesAllowed(FinanceModule.MANAGER)
    public PaymentRun execute(@PathParam("id") long id) {
        return payables.executePaymentRun(id);
    }

    /** Drops a PROPOSED run without paying; its bills can be proposed again. Any other status is a 409. */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(FinanceModule.MANAGER)
    public PaymentRun cancel(@PathParam("id") long id) {
        return payables.cancelPaymentRun(id);
    }

    @GET
    @Path("{id}/pain001")
    @Produces(PAIN_001)
    public Response pain001(@PathParam("id") long id) {
        return Response.ok(payables.paymentRunPain001(id)).header("Content-Disposition",
                "attachment; filename=\"payment-run-" + id + ".xml\"").build();
    }

    /** The payments of an executed run (none while proposed): one row per payment. */
    @GET
    @Path("{id}/csv")
    @Produces(CSV)
    public String csv(@PathParam("id") long id) {
        PaymentRun run = payables.requirePaymentRun(id);
        Csv csv = new Csv("payment", "supplier", "date", "amount", "currency", "bankAccount", "bills",
                "supplierReferences");
        for (Long paymentId : run.payments()) {
            SupplierPayment p = payables.requirePayment(paymentId);
            csv.row(p.number(), p.supplier(), p.date(), p.amount(), p.currency(), p.bankAccount(),
                    String.join(" ", p.allocations().stream().map(a -> a.billNumber()).toList()),
                    String.join(" ", p.allocations().stream().map(a -> a.supplierReference()).toList()));
        }
        return csv.toString();
    }
}
