package org.backoffice.logistics.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.stock.ReplenishmentService;
import org.backoffice.logistics.api.stock.ReplenishmentSuggestion;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/replenishment}: what to order now according to the reorder rules. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/replenishment")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class ReplenishmentResource implements RestResource {

    private final ReplenishmentService replenishment;

    @Activate
    public ReplenishmentResource(@Reference ReplenishmentService replenishment) {
        this.replenishment = replenishment;
    }

    /** One suggestion per rule whose product's available plus on-order quantity is below its minimum. */
    @GET
    public List<ReplenishmentSuggestion> suggest(@QueryParam("warehouse") String warehouse) {
        return replenishment.suggest(warehouse);
    }
}
