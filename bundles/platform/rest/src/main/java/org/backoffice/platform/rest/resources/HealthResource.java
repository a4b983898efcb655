package org.backoffice.platform.rest.resources;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.backoffice.platform.api.Health;
import org.backoffice.platform.api.HealthService;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/health}: the one anonymous endpoint, for load balancers and monitoring. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class HealthResource implements RestResource {

    private final HealthService health;

    @Activate
    public HealthResource(@Reference HealthService health) {
        this.health = health;
    }

    @GET
    public Response health() {
        Health report = health.check();
        return Response.status(Health.UP.equals(report.status()) ? 200 : 503).entity(report).build();
    }
}
