package org.backoffice.platform.rest.resources;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditRecord;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/audit?module=&entity=&entityId=&user=}: the audit trail, newest first, for administrators. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class AuditResource implements RestResource {

    private final AuditTrail audit;

    @Activate
    public AuditResource(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    public Page<AuditRecord> find(@QueryParam("module") String module, @QueryParam("entity") String entity,
            @QueryParam("entityId") String entityId, @QueryParam("user") String user,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return audit.find(new AuditQuery(module, entity, entityId, user), PageRequest.of(offset, limit));
    }
}
