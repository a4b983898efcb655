package org.backoffice.bridge.logisticsfinance;

import java.util.Optional;

import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Product names and tax codes for document lines, from the logistics product master. The service is there whenever logistics is,
 * but a line without a name is no reason to hold a document back, so the reference is optional.
 */
@Component(service = ProductNames.class)
public final class ProductNames {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProductService products;

    /**
     * What a document line takes from the product master.
     *
     * @param name    the product's current name
     * @param taxCode the product's own finance tax code, or {@code null} for the bridge's configured one
     */
    public record Facts(String name, String taxCode) {
    }

    /** The product's current name and tax code, or empty when the SKU or the product master is unknown. */
    public Optional<Facts> of(String sku) {
        ProductService directory = products;
        return directory == null ? Optional.empty()
                : directory.get(sku).map(product -> new Facts(product.name(), product.taxCode()));
    }
}
