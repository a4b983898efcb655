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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.assets.Compliance;
import org.backoffice.it.api.assets.Licence;
import org.backoffice.it.api.assets.LicencePurchase;
import org.backoffice.it.api.assets.LicenceService;
import org.backoffice.it.api.assets.SeatAssignment;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/it/licences} and {@code /api/it/licences/compliance}; the licence key only for it-manager. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("it/licences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ItModule.MANAGER, ItModule.AGENT, ItModule.VIEWER})
public final class LicencesResource implements RestResource {

    private final LicenceService licences;

    @Activate
    public LicencesResource(@Reference LicenceService licences) {
        this.licences = licences;
    }

    @GET
    public List<Licence> list() {
        return licences.list();
    }

    @POST
    @RolesAllowed({ItModule.MANAGER, ItModule.AGENT})
    public Response create(Licence licence, @Context UriInfo uriInfo) {
        Licence created = licences.create(Bodies.required(licence, "the licence"));
        return Created.at(uriInfo, "it/licences", created.code(), created);
    }

    @GET
    @Path("{code}")
    public Licence get(@PathParam("code") String code) {
        return licences.get(code);
    }

    @GET
    @Path("{code}/seats")
    public List<SeatAssignment> seats(@PathParam("code") String code) {
        return licences.seats(code);
    }

    /** Body {@code {"assignee": "alice"}}. */
    @POST
    @Path("{code}/seats")
    @RolesAllowed({ItModule.MANAGER, ItModule.AGENT})
    public SeatAssignment assign(@PathParam("code") String code, Map<String, String> body) {
        return licences.assign(code, Bodies.required(body, "the assignee").get("assignee"));
    }

    @POST
    @Path("{code}/release")
    @RolesAllowed({ItModule.MANAGER, ItModule.AGENT})
    public SeatAssignment release(@PathParam("code") String code, Map<String, String> body) {
        return licences.release(code, Bodies.required(body, "the assignee").get("assignee"));
    }

    @GET
    @Path("{code}/purchases")
    public List<LicencePurchase> purchases(@PathParam("code") String code) {
        return licences.purchases(code);
    }

    /** Body {@code {"seats": 5, "expiry": "2028-06-30", "cost": 1200.00, "currency": "EUR"}}: a renewal. */
    @POST
    @Path("{code}/purchases")
    @RolesAllowed({ItModule.MANAGER, ItModule.AGENT})
    public Licence renew(@PathParam("code") String code, LicencePurchase purchase) {
        return licences.renew(code, Bodies.required(purchase, "the purchase"));
    }

    @GET
    @Path("compliance")
    public List<Compliance> compliance() {
        return licences.compliance();
    }
}
