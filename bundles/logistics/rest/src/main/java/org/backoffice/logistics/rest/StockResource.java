package org.backoffice.logistics.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.stock.StockOverview;
import org.backoffice.logistics.api.stock.StockService;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/stock}: quantities on hand, reserved and available per product and location. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/stock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class StockResource implements RestResource {

    private final StockService stock;

    @Activate
    public StockResource(@Reference StockService stock) {
        this.stock = stock;
    }

    @GET
    public StockOverview levels(@QueryParam("sku") String sku, @QueryParam("warehouse") String warehouse,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return stock.stock(sku, warehouse, PageRequest.of(offset, limit));
    }
}
