package org.backoffice.logistics.rest;

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
import org.backoffice.logistics.api.catalog.Unit;
import org.backoffice.logistics.api.catalog.UnitQuery;
import org.backoffice.logistics.api.catalog.UnitService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/units}: units of measure, a unit addressed by its code. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class UnitsResource implements RestResource {

    private final UnitService units;

    @Activate
    public UnitsResource(@Reference UnitService units) {
        this.units = units;
    }

    @GET
    public Page<Unit> list(@QueryParam("q") String text, @QueryParam("active") String active,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return units.find(new UnitQuery(text, QueryParams.bool("active", active)), PageRequest.of(offset, limit));
    }

    @POST
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response create(Unit unit, @Context UriInfo uriInfo) {
        Bodies.required(unit, "the unit");
        Unit created = units.create(unit);
        return Created.at(uriInfo, "logistics/units", created.code(), created);
    }

    @GET
    @Path("{code}")
    public Unit get(@PathParam("code") String code) {
        return units.require(code);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Unit update(@PathParam("code") String code, Unit unit) {
        Bodies.required(unit, "the unit");
        return units.update(code, unit);
    }
}
