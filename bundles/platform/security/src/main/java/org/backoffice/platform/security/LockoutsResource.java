package org.backoffice.platform.security;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.api.security.Lockout;
import org.backoffice.platform.api.security.LoginThrottle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/admin/lockouts}: users and addresses with failed sign-ins; {@code DELETE /{user or address}} unlocks. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("admin/lockouts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class LockoutsResource implements RestResource {

    private final LoginThrottle throttle;

    @Activate
    public LockoutsResource(@Reference LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GET
    public List<Lockout> list() {
        return throttle.lockouts();
    }

    @DELETE
    @Path("{key}")
    public Response unlock(@PathParam("key") String key) {
        if (!throttle.unlock(key)) {
            throw new NotFoundProblem("Lockout", key);
        }
        return Response.noContent().build();
    }
}
