package org.backoffice.finance.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.backoffice.finance.api.dunning.DunningLevel;
import org.backoffice.finance.api.dunning.DunningNotice;
import org.backoffice.finance.api.dunning.DunningRun;
import org.backoffice.finance.api.dunning.DunningRunRequest;
import org.backoffice.finance.api.dunning.DunningRunResult;
import org.backoffice.finance.api.dunning.DunningService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/finance/dunning-levels}, {@code /dunning-runs} and {@code /dunning-notices}; a notice is JSON, or its
 * letter with {@code Accept: text/plain} or {@code text/html}.
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("finance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceModule.MANAGER, FinanceModule.VIEWER})
public final class DunningResource implements RestResource {

    /** Lower server-side quality than JSON: a client that accepts anything gets JSON. */
    private static final String TEXT = "text/plain;charset=utf-8;qs=0.5";
    private static final String HTML = "text/html;charset=utf-8;qs=0.5";

    private final DunningService dunning;

    @Activate
    public DunningResource(@Reference DunningService dunning) {
        this.dunning = dunning;
    }

    @GET
    @Path("dunning-levels")
    public List<DunningLevel> levels() {
        return dunning.levels();
    }

    @POST
    @Path("dunning-levels")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response createLevel(DunningLevel level, @Context UriInfo uriInfo) {
        DunningLevel created = dunning.createLevel(Bodies.required(level, "the dunning level"));
        return Created.at(uriInfo, "finance/dunning-levels", created.level(), created);
    }

    /** Replaces a level; send the {@code version} you read. */
    @PUT
    @Path("dunning-levels/{level}")
    @RolesAllowed(FinanceModule.MANAGER)
    public DunningLevel updateLevel(@PathParam("level") int level, DunningLevel changes) {
        return dunning.updateLevel(level, Bodies.required(changes, "the dunning level"));
    }

    @DELETE
    @Path("dunning-levels/{level}")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response deleteLevel(@PathParam("level") int level) {
        dunning.deleteLevel(level);
        return Response.noContent().build();
    }

    /** A run (201 with the run's location) or, with {@code "preview": true}, what it would issue (200). */
    @POST
    @Path("dunning-runs")
    @RolesAllowed(FinanceModule.MANAGER)
    public Response run(DunningRunRequest request, @Context UriInfo uriInfo) {
        DunningRunResult result = dunning.run(Bodies.required(request, "the dunning run"));
        if (result.run() == null) {
            return Response.ok(result).build();
        }
        return Created.at(uriInfo, "finance/dunning-runs", result.run().id(), result);
    }

    @GET
    @Path("dunning-runs")
    public Page<DunningRun> runs(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return dunning.findRuns(PageRequest.of(offset, limit));
    }

    @GET
    @Path("dunning-runs/{id}")
    public DunningRun run(@PathParam("id") long id) {
        return dunning.requireRun(id);
    }

    @GET
    @Path("dunning-notices")
    public Page<DunningNotice> notices(@QueryParam("customer") String customer, @QueryParam("run") Long run,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return dunning.findNotices(customer, run, PageRequest.of(offset, limit));
    }

    @GET
    @Path("dunning-notices/{id}")
    public DunningNotice notice(@PathParam("id") long id) {
        return dunning.requireNotice(id);
    }

    @GET
    @Path("dunning-notices/{id}")
    @Produces(TEXT)
    public String letterText(@PathParam("id") long id) {
        return dunning.letter(id, false);
    }

    @GET
    @Path("dunning-notices/{id}")
    @Produces(HTML)
    public String letterHtml(@PathParam("id") long id) {
        return dunning.letter(id, true);
    }
}
