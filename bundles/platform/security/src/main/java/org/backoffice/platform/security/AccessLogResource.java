package org.backoffice.platform.security;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.api.security.AccessEntry;
import org.backoffice.platform.api.security.AccessLog;
import org.backoffice.platform.api.security.AccessQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/admin/access-log?user=&address=&event=&status=}: newest first. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("admin/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class AccessLogResource implements RestResource {

    private final AccessLog log;

    @Activate
    public AccessLogResource(@Reference AccessLog log) {
        this.log = log;
    }

    @GET
    public Page<AccessEntry> find(@QueryParam("user") String user, @QueryParam("address") String address,
            @QueryParam("event") String event, @QueryParam("status") String status,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        log.flush();
        return log.find(new AccessQuery(user, address, event, status(status)), PageRequest.of(offset, limit));
    }

    static Integer status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int status = Integer.parseInt(text.trim());
            if (status >= 100 && status <= 599) {
                return status;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ValidationFailedException.of("status", "must be an HTTP status between 100 and 599");
    }
}
