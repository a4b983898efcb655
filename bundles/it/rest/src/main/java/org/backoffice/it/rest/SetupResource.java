package org.backoffice.it.rest;

import java.util.List;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.backoffice.it.api.Category;
import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.ServiceDeskSetup;
import org.backoffice.it.api.SlaPolicy;
import org.backoffice.it.api.SupportGroup;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/it/categories}, {@code /groups}, {@code /sla-policies} and {@code /sla-scan}: it-manager configures. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ItModule.MANAGER, ItModule.AGENT, ItModule.VIEWER})
public final class SetupResource implements RestResource {

    private final ServiceDeskSetup setup;

    @Activate
    public SetupResource(@Reference ServiceDeskSetup setup) {
        this.setup = setup;
    }

    @GET
    @Path("categories")
    @PermitAll
    public List<Category> categories() {
        return setup.categories();
    }

    @PUT
    @Path("categories/{code}")
    @RolesAllowed(ItModule.MANAGER)
    public Category saveCategory(@PathParam("code") String code, Category category) {
        Category c = Bodies.required(category, "the category");
        return setup.saveCategory(new Category(code, c.name(), c.parent(), c.version()));
    }

    @GET
    @Path("groups")
    public List<SupportGroup> groups() {
        return setup.groups();
    }

    @PUT
    @Path("groups/{code}")
    @RolesAllowed(ItModule.MANAGER)
    public SupportGroup saveGroup(@PathParam("code") String code, SupportGroup group) {
        SupportGroup g = Bodies.required(group, "the group");
        return setup.saveGroup(new SupportGroup(code, g.name(), g.members(), g.version()));
    }

    @GET
    @Path("sla-policies")
    public List<SlaPolicy> policies() {
        return setup.policies();
    }

    @PUT
    @Path("sla-policies/{code}")
    @RolesAllowed(ItModule.MANAGER)
    public SlaPolicy savePolicy(@PathParam("code") String code, SlaPolicy policy) {
        SlaPolicy p = Bodies.required(policy, "the policy");
        return setup.savePolicy(new SlaPolicy(code, p.name(), p.rank(), p.priority(), p.category(),
                p.requesterGroup(), p.calendar(), p.firstResponse(), p.resolution(), p.warnings(), p.pauseOnWaiting(),
                p.version()));
    }

    /** Runs a scan now (the job runs one every scan interval); answers how many events it sent. */
    @POST
    @Path("sla-scan")
    @RolesAllowed(ItModule.MANAGER)
    public Map<String, Integer> scan() {
        return Map.of("sent", setup.scan());
    }
}
