package org.backoffice.logistics.rest;


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
import org.backoffice.logistics.api.sales.SalesOrder;
import org.backoffice.logistics.api.sales.SalesOrderDraft;
import org.backoffice.logistics.api.sales.SalesOrderQuery;
import org.backoffice.logistics.api.sales.SalesOrderService;
import org.backoffice.logistics.api.sales.SalesOrderStatus;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/sales-orders}: orders, their confirmation (reserving stock) and cancellation. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/sales-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class SalesOrdersResource implements RestResource {

    private final SalesOrderService orders;

    @Activate
    public SalesOrdersResource(@Reference SalesOrderService orders) {
        this.orders = orders;
    }

    /** 201 with the DRAFT order and its number. */
    @POST
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response create(SalesOrderDraft draft, @Context UriInfo uriInfo) {
        Bodies.required(draft, "the sales order");
        SalesOrder order = orders.create(draft);
        return Created.at(uriInfo, "logistics/sales-orders", order.id(), order);
    }

    @GET
    @Path("{id}")
    public SalesOrder get(@PathParam("id") long id) {
        return orders.require(id);
    }

    /** Newest first; {@code from}/{@code to} filter the order date. */
    @GET
    public Page<SalesOrder> list(@QueryParam("customer") String customer, @QueryParam("status") String status,
            @QueryParam("warehouse") String warehouse, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return orders.find(new SalesOrderQuery(customer, QueryParams.enumeration("status", status,
                SalesOrderStatus.class), warehouse, QueryParams.date("from", from), QueryParams.date("to", to)),
                PageRequest.of(offset, limit));
    }

    /** Reserves stock; what cannot be reserved is backordered. A non-draft order answers 409 with its status. */
    @POST
    @Path("{id}/confirm")
    @RolesAllowed(LogisticsModule.MANAGER)
    public SalesOrder confirm(@PathParam("id") long id) {
        return orders.confirm(id);
    }

    /** Reserves what has become available of the backorders ("check availability"); 409 for other statuses. */
    @POST
    @Path("{id}/reserve")
    @RolesAllowed(LogisticsModule.MANAGER)
    public SalesOrder reserveBackorders(@PathParam("id") long id) {
        return orders.reserveBackorders(id);
    }

    /** Releases the order's reservations. */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(LogisticsModule.MANAGER)
    public SalesOrder cancel(@PathParam("id") long id) {
        return orders.cancel(id);
    }
}
