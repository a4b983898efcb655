package org.backoffice.partners.rest;

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

import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerQuery;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.partners.api.PartnersModule;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/partners}: the partners directory, a partner addressed by its code. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({PartnersModule.MANAGER, PartnersModule.VIEWER})
public final class PartnersResource implements RestResource {

    private final PartnerService partners;

    @Activate
    public PartnersResource(@Reference PartnerService partners) {
        this.partners = partners;
    }

    @GET
    public Page<Partner> list(@QueryParam("role") String role, @QueryParam("active") String active,
            @QueryParam("q") String text, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return partners.find(new PartnerQuery(QueryParams.enumeration("role", role, PartnerRole.class),
                QueryParams.bool("active", active), text), PageRequest.of(offset, limit));
    }

    @POST
    @RolesAllowed(PartnersModule.MANAGER)
    public Response create(Partner partner, @Context UriInfo uriInfo) {
        Partner created = partners.create(Bodies.required(partner, "the partner"));
        return Created.at(uriInfo, "partners", created.code(), created);
    }

    @GET
    @Path("{code}")
    public Partner get(@PathParam("code") String code) {
        return partners.require(code);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(PartnersModule.MANAGER)
    public Partner update(@PathParam("code") String code, Partner partner) {
        return partners.update(code, Bodies.required(partner, "the partner"));
    }

    @POST
    @Path("{code}/deactivate")
    @RolesAllowed(PartnersModule.MANAGER)
    public Partner deactivate(@PathParam("code") String code) {
        return partners.deactivate(code);
    }

    @POST
    @Path("{code}/activate")
    @RolesAllowed(PartnersModule.MANAGER)
    public Partner activate(@PathParam("code") String code) {
        return partners.activate(code);
    }
}
