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
import org.backoffice.logistics.api.stock.CountedQuantity;
import org.backoffice.logistics.api.stock.CycleCount;
import org.backoffice.logistics.api.stock.CycleCountDraft;
import org.backoffice.logistics.api.stock.CycleCountService;
import org.backoffice.logistics.api.stock.CycleCountStatus;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/cycle-counts}: counting a location, recording counts, posting the differences. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/cycle-counts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class CycleCountsResource implements RestResource {

    private final CycleCountService counts;

    @Activate
    public CycleCountsResource(@Reference CycleCountService counts) {
        this.counts = counts;
    }

    @POST
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response open(CycleCountDraft draft, @Context UriInfo uriInfo) {
        Bodies.required(draft, "warehouse and location");
        CycleCount opened = counts.open(draft);
        return Created.at(uriInfo, "logistics/cycle-counts", opened.id(), opened);
    }

    @GET
    public Page<CycleCount> list(@QueryParam("warehouse") String warehouse, @QueryParam("status") String status,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return counts.find(warehouse, QueryParams.enumeration("status", status, CycleCountStatus.class),
                PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public CycleCount get(@PathParam("id") long id) {
        return counts.require(id);
    }

    @POST
    @Path("{id}/lines")
    @RolesAllowed(LogisticsModule.MANAGER)
    public CycleCount record(@PathParam("id") long id, CountedQuantity counted) {
        Bodies.required(counted, "sku and counted");
        return counts.record(id, counted);
    }

    @POST
    @Path("{id}/post")
    @RolesAllowed(LogisticsModule.MANAGER)
    public CycleCount post(@PathParam("id") long id) {
        return counts.post(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(LogisticsModule.MANAGER)
    public CycleCount cancel(@PathParam("id") long id) {
        return counts.cancel(id);
    }
}
