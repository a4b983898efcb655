package org.backoffice.logistics.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.stock.ReorderRule;
import org.backoffice.logistics.api.stock.ReplenishmentService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/reorder-rules}: minimum, maximum, preferred supplier and multiple per product and warehouse. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/reorder-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class ReorderRulesResource implements RestResource {

    private final ReplenishmentService replenishment;

    @Activate
    public ReorderRulesResource(@Reference ReplenishmentService replenishment) {
        this.replenishment = replenishment;
    }

    /** Creates or replaces the rule of a product in a warehouse. */
    @PUT
    @Path("{sku}/{warehouse}")
    @RolesAllowed(LogisticsModule.MANAGER)
    public ReorderRule put(@PathParam("sku") String sku, @PathParam("warehouse") String warehouse,
            ReorderRule rule) {
        Bodies.required(rule, "minimum and maximum");
        return replenishment.put(sku, warehouse, rule);
    }

    @GET
    public Page<ReorderRule> rules(@QueryParam("warehouse") String warehouse, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return replenishment.rules(warehouse, PageRequest.of(offset, limit));
    }

    @DELETE
    @Path("{sku}/{warehouse}")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response delete(@PathParam("sku") String sku, @PathParam("warehouse") String warehouse) {
        replenishment.delete(sku, warehouse);
        return Response.noContent().build();
    }
}
