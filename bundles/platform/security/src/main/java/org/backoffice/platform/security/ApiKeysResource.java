package org.backoffice.platform.security;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.api.security.ApiKey;
import org.backoffice.platform.api.security.ApiKeys;
import org.backoffice.platform.api.security.CreatedApiKey;
import org.backoffice.platform.api.security.NewApiKey;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/admin/api-keys}: create (the secret is in this one answer), list, show, revoke. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class ApiKeysResource implements RestResource {

    private final ApiKeys keys;

    @Activate
    public ApiKeysResource(@Reference ApiKeys keys) {
        this.keys = keys;
    }

    @GET
    public List<ApiKey> list() {
        return keys.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewApiKey request, @Context UriInfo uriInfo) {
        CreatedApiKey created = keys.create(Bodies.required(request, "the API key"));
        return Created.at(uriInfo, "admin/api-keys", created.key().id(), created);
    }

    @GET
    @Path("{id}")
    public ApiKey get(@PathParam("id") String id) {
        return keys.get(id);
    }

    /** Revokes the key at once; the row stays, for the record. */
    @DELETE
    @Path("{id}")
    public ApiKey revoke(@PathParam("id") String id) {
        return keys.revoke(id);
    }
}
