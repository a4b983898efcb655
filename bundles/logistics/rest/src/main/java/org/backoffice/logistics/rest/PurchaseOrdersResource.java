package org.backoffice.logistics.rest;

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

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.purchasing.GoodsReceipt;
import org.backoffice.logistics.api.purchasing.GoodsReceiptDraft;
import org.backoffice.logistics.api.purchasing.PurchaseOrder;
import org.backoffice.logistics.api.purchasing.PurchaseOrderDraft;
import org.backoffice.logistics.api.purchasing.PurchaseOrderQuery;
import org.backoffice.logistics.api.purchasing.PurchaseOrderStatus;
import org.backoffice.logistics.api.purchasing.PurchasingService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/purchase-orders}: purchase orders, their status changes and goods receipts. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class PurchaseOrdersResource implements RestResource {

    private static final String PATH = "logistics/purchase-orders";

    private final PurchasingService purchasing;

    @Activate
    public PurchaseOrdersResource(@Reference PurchasingService purchasing) {
        this.purchasing = purchasing;
    }

    @POST
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response create(PurchaseOrderDraft draft, @Context UriInfo uriInfo) {
        Bodies.required(draft, "the purchase order");
        PurchaseOrder created = purchasing.create(draft);
        return Created.at(uriInfo, PATH, created.id(), created);
    }

    /** Newest first; {@code from}/{@code to} filter the order date. */
    @GET
    public Page<PurchaseOrder> list(@QueryParam("supplier") String supplier, @QueryParam("status") String status,
            @QueryParam("warehouse") String warehouse, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return purchasing.find(new PurchaseOrderQuery(supplier,
                QueryParams.enumeration("status", status, PurchaseOrderStatus.class), warehouse,
                QueryParams.date("from", from), QueryParams.date("to", to)), PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public PurchaseOrder get(@PathParam("id") long id) {
        return purchasing.require(id);
    }

    @POST
    @Path("{id}/send")
    @RolesAllowed(LogisticsModule.MANAGER)
    public PurchaseOrder send(@PathParam("id") long id) {
        return purchasing.send(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(LogisticsModule.MANAGER)
    public PurchaseOrder cancel(@PathParam("id") long id) {
        return purchasing.cancel(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(LogisticsModule.MANAGER)
    public PurchaseOrder close(@PathParam("id") long id) {
        return purchasing.close(id);
    }

    /** 201 with the receipt; more than the open quantity (plus tolerance) answers 422 naming the line. */
    @POST
    @Path("{id}/receipts")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response receive(@PathParam("id") long id, GoodsReceiptDraft draft, @Context UriInfo uriInfo) {
        Bodies.required(draft, "the received lines");
        GoodsReceipt receipt = purchasing.receive(id, draft);
        return Created.at(uriInfo, PATH + "/" + id, "receipts", receipt);
    }

    @GET
    @Path("{id}/receipts")
    public List<GoodsReceipt> receipts(@PathParam("id") long id) {
        return purchasing.receipts(id);
    }
}
