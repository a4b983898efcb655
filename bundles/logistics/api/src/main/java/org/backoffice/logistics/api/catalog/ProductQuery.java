package org.backoffice.logistics.api.catalog;

/**
 * Filters for {@link ProductService#find}; {@code null} fields do not filter.
 *
 * @param text part of the SKU, name or GTIN, case-insensitive
 */
public record ProductQuery(String text, ProductType type, Boolean active) {

    public static ProductQuery all() {
        return new ProductQuery(null, null, null);
    }
}
