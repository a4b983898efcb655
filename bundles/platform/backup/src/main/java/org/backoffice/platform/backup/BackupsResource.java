package org.backoffice.platform.backup;

import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;

import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.backup.Backup;
import org.backoffice.platform.api.backup.BackupService;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/admin/backups}: back up now, list, show, verify, download (a zip, streamed), delete, retention. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class BackupsResource implements RestResource {

    private final BackupService backups;

    @Activate
    public BackupsResource(@Reference BackupService backups) {
        this.backups = backups;
    }

    @GET
    public List<Backup> list() {
        return backups.list();
    }

    @POST
    public Response create(@Context UriInfo uriInfo) {
        Backup backup = backups.create();
        return Created.at(uriInfo, "admin/backups", backup.id(), backup);
    }

    @GET
    @Path("{id}")
    public Backup get(@PathParam("id") String id) {
        return backups.get(id);
    }

    @POST
    @Path("{id}/verify")
    public Backup verify(@PathParam("id") String id) {
        return backups.verify(id);
    }

    @GET
    @Path("{id}/download")
    @Produces("application/zip")
    public Response download(@PathParam("id") String id) {
        backups.get(id);
        StreamingOutput body = out -> backups.download(id, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + id + ".zip\"").build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        backups.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("retention")
    public Map<String, List<String>> retention() {
        return Map.of("deleted", backups.applyRetention());
    }
}
