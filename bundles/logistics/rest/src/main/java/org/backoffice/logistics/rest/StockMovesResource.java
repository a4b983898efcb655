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
import org.backoffice.logistics.api.stock.MoveType;
import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.logistics.api.stock.StockMoveDraft;
import org.backoffice.logistics.api.stock.StockMoveQuery;
import org.backoffice.logistics.api.stock.StockService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/stock-moves}: making moves (the only way stock changes) and listing them. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/stock-moves")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class StockMovesResource implements RestResource {

    private final StockService stock;

    @Activate
    public StockMovesResource(@Reference StockService stock) {
        this.stock = stock;
    }

    /** 201 with the stored move; taking more than is available answers 409 with the {@code available} quantity. */
    @POST
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response move(StockMoveDraft draft, @Context UriInfo uriInfo) {
        Bodies.required(draft, "the stock move");
        StockMove move = stock.move(draft);
        return Created.at(uriInfo, "logistics/stock-moves", move.id(), move);
    }

    @GET
    @Path("{id}")
    public StockMove get(@PathParam("id") long id) {
        return stock.requireMove(id);
    }

    /** Newest first. */
    @GET
    public Page<StockMove> list(@QueryParam("sku") String sku, @QueryParam("warehouse") String warehouse,
            @QueryParam("type") String type, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return stock.findMoves(new StockMoveQuery(sku, warehouse, QueryParams.enumeration("type", type,
                MoveType.class), QueryParams.date("from", from), QueryParams.date("to", to)),
                PageRequest.of(offset, limit));
    }
}
