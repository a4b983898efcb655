package org.backoffice.platform.support.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** The answer to a create: 201, the new record as body, and its address under {@code /api} in {@code Location}. */
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
