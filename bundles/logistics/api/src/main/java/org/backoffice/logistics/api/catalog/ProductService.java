package org.backoffice.logistics.api.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The product master. Every change is validated here whoever calls, audited and announced on the event log in the
 * same transaction; invalid input throws a {@code ValidationFailedException} and stores nothing.
 */
@ProviderType
public interface ProductService {

    /** Creates a product; a taken SKU or GTIN is a {@code ConflictProblem}. */
    Product create(Product product);

    Optional<Product> get(String sku);

    /** Like {@link #get} but a missing product is a {@code NotFoundProblem}. */
    Product require(String sku);

    /** Sorted by SKU. */
    Page<Product> find(ProductQuery query, PageRequest page);

    /**
     * Replaces every field but the SKU. The given {@code version} must be the stored one, else a {@code ConflictProblem}
     * tells that someone else changed it first. The type cannot become SERVICE while the product has stock.
     */
    Product update(String sku, Product product);

    Product deactivate(String sku);

    Product activate(String sku);

    /** The product's conversions, sorted by unit code; a missing product is a {@code NotFoundProblem}. */
    List<UnitConversion> conversions(String sku);

    /**
     * Adds or replaces the conversion of {@code conversion.unit()} for the product (audited as a product change).
     * The unit must exist, be active and differ from the product's own.
     */
    UnitConversion setConversion(String sku, UnitConversion conversion);

    /** Removes the conversion; lines already given in that unit keep what they were converted to. */
    void removeConversion(String sku, String unit);

    /**
     * {@code quantity} of {@code unit} in the product's own unit, exactly: the product's unit itself gives the quantity
     * back; another unit needs a conversion. A result with more decimals than the product's unit allows is refused
     * (never rounded) with a {@code ValidationFailedException} on {@code unit} or {@code quantity}.
     */
    BigDecimal toProductUnit(String sku, String unit, BigDecimal quantity);
}
