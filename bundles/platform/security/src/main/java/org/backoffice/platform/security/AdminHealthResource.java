package org.backoffice.platform.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.backoffice.platform.api.Health;
import org.backoffice.platform.api.HealthService;
import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.health.CheckResult;
import org.backoffice.platform.api.health.HealthCheck;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code GET /api/admin/health}: the database and every check modules contribute (jobs, backups, disk space), each
 * UP / WARN / DOWN with a reason; 503 when one is DOWN. {@code /api/health} stays the anonymous probe.
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("admin/health")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class AdminHealthResource implements RestResource {

    /** The whole answer. */
    public record Report(String status, List<CheckResult> checks) {
    }

    private final HealthService platform;
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    @Activate
    public AdminHealthResource(@Reference HealthService platform) {
        this.platform = platform;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(HealthCheck check) {
        checks.add(check);
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
    }

    @GET
    public Response health() {
        List<CheckResult> results = new ArrayList<>();
        Health health = platform.check();
        results.add(Health.UP.equals(health.database().status())
                ? CheckResult.up("database", health.database().product())
                : CheckResult.down("database", health.database().error()));
        for (HealthCheck check : checks) {
            try {
                results.add(check.check());
            } catch (RuntimeException e) {
                results.add(CheckResult.down(check.name(), "the check failed: " + e));
            }
        }
        results.sort(Comparator.comparing(CheckResult::name));
        String status = CheckResult.UP;
        for (CheckResult result : results) {
            status = CheckResult.worse(status, result.status());
        }
        return Response.status(CheckResult.DOWN.equals(status) ? 503 : 200).entity(new Report(status, results))
                .build();
    }
}
