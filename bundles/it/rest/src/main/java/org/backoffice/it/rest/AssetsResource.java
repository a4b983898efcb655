package org.backoffice.it.rest;

import java.util.List;
import java.util.Map;

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

import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.assets.Asset;
import org.backoffice.it.api.assets.AssetEvent;
import org.backoffice.it.api.assets.AssetQuery;
import org.backoffice.it.api.assets.AssetService;
import org.backoffice.it.api.assets.AssetStatus;
import org.backoffice.it.api.assets.Holdings;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/it/assets} and {@code /api/it/assets/held-by/{holder}} (a person's equipment and seats): IT staff read,
 * agents and managers write.
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("it/assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ItModule.MANAGER, ItModule.AGENT, ItModule.VIEWER})
public final class AssetsResource implements RestResource {

    private final AssetService assets;

    @Activate
    public AssetsResource(@Reference AssetService assets) {
        this.assets = assets;
    }

    @GET
    public Page<Asset> list(@QueryParam("q") String text, @QueryParam("status") String status,
            @QueryParam("category") String category, @QueryParam("holder") String holder,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return assets.find(new AssetQuery(text, QueryParams.enumeration("status", status, AssetStatus.class),
                category, holder), PageRequest.of(offset, limit));
    }

    @POST
    @RolesAllowed({ItModule.MANAGER, ItModule.AGENT})
    public Response create(Asset asset, @Context UriInfo uriInfo) {
        Asset created = assets.create(Bodies.required(asset, "the asset"));
        return Created.at(uriInfo, "it/assets", created.tag(), created);
    }

    @GET
    @Path("{tag}")
    public Asset get(@PathParam("tag") String tag) {
        return assets.get(tag);
    }

    @GET
    @Path("{tag}/history")
    public List<AssetEvent> history(@PathParam("tag") String tag) {
        return assets.history(tag);
    }

    /** Body {@code {"status": "IN_REPAIR", "note": "..."}}. */
    @POST
    @Path("{tag}/status")
    @RolesAllowed({ItModule.MANAGER, ItModule.AGENT})
    public Asset status(@PathParam("tag") String tag, Map<String, String> body) {
        Map<String, String> b = Bodies.required(body, "the status");
        return assets.changeStatus(tag, QueryParams.enumeration("status", b.get("status"), AssetStatus.class),
                b.get("note"));
    }

    @POST
    @Path("{tag}/checkout")
    @RolesAllowed({ItModule.MANAGER, ItModule.AGENT})
    public Asset checkOut(@PathParam("tag") String tag, Map<String, String> body) {
        return assets.checkOut(tag, Bodies.required(body, "the holder").get("holder"));
    }

    @POST
    @Path("{tag}/checkin")
    @RolesAllowed({ItModule.MANAGER, ItModule.AGENT})
    public Asset checkIn(@PathParam("tag") String tag, Map<String, String> body) {
        return assets.checkIn(tag, body == null ? null : body.get("location"));
    }

    @POST
    @Path("{tag}/attach")
    @RolesAllowed({ItModule.MANAGER, ItModule.AGENT})
    public Asset attach(@PathParam("tag") String tag, Map<String, String> body) {
        return assets.attach(tag, body == null ? null : body.get("to"));
    }

    /** Announces expiring warranties and licences as of a date (default today), each once; answers what it sent. */
    @POST
    @Path("expiry-scan")
    @RolesAllowed({ItModule.MANAGER, ItModule.AGENT})
    public List<String> expiryScan(@QueryParam("asOf") String asOf) {
        return assets.expiryScan(QueryParams.date("asOf", asOf));
    }

    @GET
    @Path("held-by/{holder}")
    public Holdings holdings(@PathParam("holder") String holder) {
        return assets.holdings(holder);
    }
}
