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
import org.backoffice.logistics.api.sales.PickList;
import org.backoffice.logistics.api.sales.PickListQuery;
import org.backoffice.logistics.api.sales.PickListService;
import org.backoffice.logistics.api.sales.PickListStatus;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/pick-lists}: what to pick for one order or a wave, confirmed line by line. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/pick-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class PickListsResource implements RestResource {

    private final PickListService pickLists;

    @Activate
    public PickListsResource(@Reference PickListService pickLists) {
        this.pickLists = pickLists;
    }

    /** {@code {"orders":[ids]}} → 201 with the pick list; the orders go to PICKING. */
    @POST
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response create(PickListRequest request, @Context UriInfo uriInfo) {
        Bodies.required(request, "the orders to pick");
        PickList list = pickLists.create(request.orders());
        return Created.at(uriInfo, "logistics/pick-lists", list.id(), list);
    }

    @GET
    @Path("{id}")
    public PickList get(@PathParam("id") long id) {
        return pickLists.require(id);
    }

    /** Newest first. */
    @GET
    public Page<PickList> list(@QueryParam("status") String status, @QueryParam("order") String order,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return pickLists.find(new PickListQuery(QueryParams.enumeration("status", status, PickListStatus.class),
                IdParams.id("order", order)), PageRequest.of(offset, limit));
    }

    /** {@code {"quantity":n}}: what was actually picked; less is a short pick, more is refused (422). */
    @POST
    @Path("{id}/lines/{lineId}/confirm")
    @RolesAllowed(LogisticsModule.MANAGER)
    public PickList confirm(@PathParam("id") long id, @PathParam("lineId") long lineId,
            PickConfirmation confirmation) {
        Bodies.required(confirmation, "the picked quantity");
        return pickLists.confirmLine(id, lineId, confirmation.quantity());
    }
}
