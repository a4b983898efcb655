package org.backoffice.platform.support.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * The answer to a create: 201, the new record as body, and its address under {@code /api} in {@code Location}.
 *
 * <p>Take the {@code UriInfo} as a {@code @Context} parameter of the resource method, never as a field: resources are
 * singletons that successive builds of the REST application share, and a field injected by the newer build fails in a
 * request the older one is still serving (500 "Not inside a request scope", seen right after a module install).
 */
public final class Created {

    private Created() {
    }

    /**
     * {@code Created.at(uriInfo, "partners", created.code(), created)} answers 201 with
     * {@code Location: .../api/partners/ACME}.
     *
     * @param collection the collection's path below {@code /api}, e.g. {@code finance/invoices}
     */
    public static Response at(UriInfo uriInfo, String collection, Object id, Object entity) {
        return Response.created(uriInfo.getBaseUriBuilder().path(collection).path(id.toString()).build())
                .entity(entity).build();
    }
}
