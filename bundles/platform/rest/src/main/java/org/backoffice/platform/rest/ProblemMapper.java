package org.backoffice.platform.rest;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

/** The single exception mapper: every error leaves as application/problem+json. */
final class ProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = Problems.from(failure).withInstance("/api/" + uriInfo.getPath());
        Response.ResponseBuilder response = Response.status(problem.getStatus())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (failure instanceof WebApplicationException w && w.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, w.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }
}
