package org.backoffice.platform.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/admin/features}: the Backoffice modules available in this server's feature repositories, installed or
 * not, and their install and uninstall, through Karaf's features service (the same as {@code feature:install}).
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("admin/features")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class AdminResource implements RestResource {

    private final FeaturesService features;

    @Activate
    public AdminResource(@Reference FeaturesService features) {
        this.features = features;
    }

    @GET
    public Page<ModuleFeature> list() throws Exception {
        Map<String, ModuleFeature> latest = new TreeMap<>();
        for (Feature feature : features.listFeatures()) {
            if (ModuleFeatures.isModule(feature.getName())) {
                ModuleFeature module = describe(feature);
                latest.merge(module.name(), module, (a, b) -> a.installed() ? a : b);
            }
        }
        List<ModuleFeature> modules = new ArrayList<>(latest.values());
        modules.sort(Comparator.comparing(ModuleFeature::name));
        return new Page<>(modules, modules.size(), 0, modules.size());
    }

    @POST
    @Path("{name}/install")
    public ModuleFeature install(@PathParam("name") String name) throws Exception {
        Feature feature = module(name);
        if (!features.isInstalled(feature)) {
            features.installFeature(feature.getName());
        }
        return describe(feature);
    }

    @POST
    @Path("{name}/uninstall")
    public ModuleFeature uninstall(@PathParam("name") String name) throws Exception {
        Feature feature = module(name);
        if (!features.isInstalled(feature)) {
            throw new ConflictProblem("The module '" + name + "' is not installed");
        }
        features.uninstallFeature(feature.getName());
        return describe(feature);
    }

    private Feature module(String name) throws Exception {
        Feature feature = ModuleFeatures.isModule(name) ? features.getFeature(name) : null;
        if (feature == null) {
            throw new NotFoundProblem("Module feature", name);
        }
        return feature;
    }

    private ModuleFeature describe(Feature feature) {
        return new ModuleFeature(feature.getName(), feature.getVersion(), feature.getDescription(),
                features.isInstalled(feature));
    }
}
