package org.backoffice.platform.rest.resources;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.backoffice.platform.api.ModuleInfo;
import org.backoffice.platform.api.ModuleRegistry;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/modules}: the active modules, for any authenticated user (clients discover what they can call). */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class ModulesResource implements RestResource {

    private final ModuleRegistry registry;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    public Page<ModuleInfo> modules() {
        List<ModuleInfo> modules = registry.modules();
        return new Page<>(modules, modules.size(), 0, modules.size());
    }

    @GET
    @Path("{id}")
    public ModuleInfo module(@PathParam("id") String id) {
        return registry.module(id).orElseThrow(() -> new NotFoundProblem("Module", id));
    }
}
