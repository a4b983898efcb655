package org.backoffice.platform.openapi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.backoffice.platform.api.rest.RestResource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;

/**
 * {@code /api/openapi.json} and {@code /api/openapi.yaml}: the document of the resources registered now, built again
 * when that set changes (a module installed or removed).
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("/")
public final class OpenApiResource implements RestResource {

    private record Built(Set<Class<?>> classes, String json, String yaml) {
    }

    private final List<RestResource> resources = new CopyOnWriteArrayList<>();
    private final String version;
    private volatile Built built;

    @Activate
    public OpenApiResource(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + RestResource.JAXRS_RESOURCE + "=true)")
    void addResource(RestResource resource) {
        resources.add(resource);
    }

    void removeResource(RestResource resource) {
        resources.remove(resource);
    }

    @GET
    @Path("openapi.json")
    @Produces("application/json")
    public String json() {
        return current().json();
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public String yaml() {
        return current().yaml();
    }

    private Built current() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (RestResource resource : resources) {
            classes.add(resource.getClass());
        }
        Built last = built;
        if (last != null && last.classes().equals(classes)) {
            return last;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OpenApiResource.class.getClassLoader());
        try {
            OpenAPI api = ApiDocument.of(classes, version);
            Built fresh = new Built(classes, Json31.pretty(api), Yaml31.pretty(api));
            built = fresh;
            return fresh;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
