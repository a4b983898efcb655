package org.backoffice.logistics.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductQuery;
import org.backoffice.logistics.api.catalog.ProductService;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.logistics.api.catalog.UnitConversion;
import org.backoffice.logistics.api.stock.StockLedger;
import org.backoffice.logistics.api.stock.StockService;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/logistics/products}: the product master, a product addressed by its SKU, and its stock ledger. */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("logistics/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({LogisticsModule.MANAGER, LogisticsModule.VIEWER})
public final class ProductsResource implements RestResource {

    private final ProductService products;
    private final StockService stock;

    @Activate
    public ProductsResource(@Reference ProductService products, @Reference StockService stock) {
        this.products = products;
        this.stock = stock;
    }

    @GET
    public Page<Product> list(@QueryParam("q") String text, @QueryParam("type") String type,
            @QueryParam("active") String active, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return products.find(new ProductQuery(text, QueryParams.enumeration("type", type, ProductType.class),
                QueryParams.bool("active", active)), PageRequest.of(offset, limit));
    }

    @POST
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response create(Product product, @Context UriInfo uriInfo) {
        Bodies.required(product, "the product");
        Product created = products.create(product);
        return Created.at(uriInfo, "logistics/products", created.sku(), created);
    }

    @GET
    @Path("{sku}")
    public Product get(@PathParam("sku") String sku) {
        return products.require(sku);
    }

    @PUT
    @Path("{sku}")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Product update(@PathParam("sku") String sku, Product product) {
        Bodies.required(product, "the product");
        return products.update(sku, product);
    }

    @POST
    @Path("{sku}/deactivate")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Product deactivate(@PathParam("sku") String sku) {
        return products.deactivate(sku);
    }

    @POST
    @Path("{sku}/activate")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Product activate(@PathParam("sku") String sku) {
        return products.activate(sku);
    }

    /** The other units the product may be ordered and received in, with their factors. */
    @GET
    @Path("{sku}/units")
    public List<UnitConversion> conversions(@PathParam("sku") String sku) {
        return products.conversions(sku);
    }

    /** Adds or replaces a conversion: body {@code {"factor": 12}} (the path names the unit). */
    @PUT
    @Path("{sku}/units/{unit}")
    @RolesAllowed(LogisticsModule.MANAGER)
    public UnitConversion setConversion(@PathParam("sku") String sku, @PathParam("unit") String unit,
            UnitConversion conversion) {
        Bodies.required(conversion, "the conversion");
        if (conversion.unit() != null && !conversion.unit().equals(unit)) {
            throw ValidationFailedException.of("unit", "must be the unit the path names ('" + unit + "')");
        }
        return products.setConversion(sku, new UnitConversion(unit, conversion.factor()));
    }

    @DELETE
    @Path("{sku}/units/{unit}")
    @RolesAllowed(LogisticsModule.MANAGER)
    public Response removeConversion(@PathParam("sku") String sku, @PathParam("unit") String unit) {
        products.removeConversion(sku, unit);
        return Response.noContent().build();
    }

    /** {@code quantity} of {@code unit} in the product's own unit: {@code {"quantity": 120, "uom": "PCE"}}. */
    @GET
    @Path("{sku}/units/{unit}/convert")
    public Map<String, Object> convert(@PathParam("sku") String sku, @PathParam("unit") String unit,
            @QueryParam("quantity") String quantity) {
        BigDecimal converted = products.toProductUnit(sku, unit, decimal("quantity", quantity));
        return Map.of("quantity", converted, "uom", products.require(sku).uom());
    }

    private static BigDecimal decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationFailedException.of(name, "is required");
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of(name, "must be a decimal number, e.g. 2.5");
        }
    }

    /** Every move of the product with the running quantity, in one warehouse or all of them. */
    @GET
    @Path("{sku}/ledger")
    public StockLedger ledger(@PathParam("sku") String sku, @QueryParam("warehouse") String warehouse) {
        return stock.ledger(sku, warehouse);
    }
}
