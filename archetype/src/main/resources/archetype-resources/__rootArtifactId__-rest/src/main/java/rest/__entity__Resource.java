package ${package}.rest;

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

import ${package}.api.${entity};
import ${package}.api.${entity}Service;
import ${package}.api.${moduleClass}Module;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/${moduleId}/${entityPath}}: a ${entity.toLowerCase()} addressed by its code. Errors are the service's
 * problems, answered by the platform as application/problem+json (400, 404, 409, 422).
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path(${entity}Resource.COLLECTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({${moduleClass}Module.MANAGER, ${moduleClass}Module.VIEWER})
public final class ${entity}Resource implements RestResource {

    static final String COLLECTION = "${moduleId}/${entityPath}";

    private final ${entity}Service service;

    @Activate
    public ${entity}Resource(@Reference ${entity}Service service) {
        this.service = service;
    }

    /** {@code ?q=&offset=&limit=}, answered as {@code {"items","total","offset","limit"}}. */
    @GET
    public Page<${entity}> list(@QueryParam("q") String text, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return service.find(text, PageRequest.of(offset, limit));
    }

    /** UriInfo is a parameter, never a field: see {@link Created}. */
    @POST
    @RolesAllowed(${moduleClass}Module.MANAGER)
    public Response create(${entity} body, @Context UriInfo uriInfo) {
        ${entity} created = service.create(Bodies.required(body, "the ${entity.toLowerCase()}"));
        return Created.at(uriInfo, COLLECTION, created.code(), created);
    }

    @GET
    @Path("{code}")
    public ${entity} get(@PathParam("code") String code) {
        return service.require(code);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(${moduleClass}Module.MANAGER)
    public ${entity} update(@PathParam("code") String code, ${entity} body) {
        return service.update(code, Bodies.required(body, "the ${entity.toLowerCase()}"));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(${moduleClass}Module.MANAGER)
    public Response delete(@PathParam("code") String code) {
        service.delete(code);
        return Response.noContent().build();
    }
}
