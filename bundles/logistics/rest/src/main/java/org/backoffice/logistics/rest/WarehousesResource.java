package org.backoffice.logistics.rest;

import java.net.URI;
import java.util.List;

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

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.warehouse.Location;
import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.logistics.api.warehouse.WarehouseService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/warehouses}: warehouses by code and their location trees. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/warehouses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class WarehousesResource implements RestResource {

    private final WarehouseService warehouses;

    @Activate
    public WarehousesResource(@Reference WarehouseService warehouses) {
        this.warehouses = warehouses;
    }

    @GET
    public Page<Warehouse> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return warehouses.find(PageRequest.of(offset, limit));
    }

    /** Creates the warehouse with its root, {@code <CODE>-RECV} and {@code <CODE>-SHIP} locations. */
    @POST
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response create(Warehouse warehouse, @Context UriInfo uriInfo) {
        Bodies.required(warehouse, "the warehouse");
        Warehouse created = warehouses.create(warehouse);
        return Created.at(uriInfo, "logistics/warehouses", created.code(), created);
    }

    @GET
    @Path("{code}")
    public Warehouse get(@PathParam("code") String code) {
        return warehouses.require(code);
    }

    /** Name and address; send the version you read (stale: 409). */
    @PUT
    @Path("{code}")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Warehouse update(@PathParam("code") String code, Warehouse warehouse) {
        Bodies.required(warehouse, "the warehouse");
        return warehouses.update(code, warehouse);
    }

    /** Renames, activates or deactivates a location ({@code {"name":…,"active":false}}, fields optional). */
    @PUT
    @Path("{code}/locations/{location}")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Location updateLocation(@PathParam("code") String code, @PathParam("location") String location,
            Location changes) {
        Bodies.required(changes, "the location's changes");
        return warehouses.updateLocation(code, location, changes);
    }

    @GET
    @Path("{code}/locations")
    public List<Location> locations(@PathParam("code") String code) {
        return warehouses.locations(code);
    }

    @POST
    @Path("{code}/locations")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response addLocation(@PathParam("code") String code, Location location,
            @Context UriInfo uriInfo) {
        Bodies.required(location, "the location");
        Location created = warehouses.addLocation(code, location);
        URI uri = uriInfo.getBaseUriBuilder().path("logistics/warehouses").path(code).path("locations")
                .queryParam("code", created.code()).build();
        return Response.created(uri).entity(created).build();
    }
}
