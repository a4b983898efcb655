package org.backoffice.logistics.api.stock;

import java.util.List;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reorder rules per product and warehouse, and the purchases they suggest. A stock move that takes a product's
 * available quantity in a warehouse from at least the rule's minimum to below it appends
 * {@link LogisticsModule#TOPIC_LOW_STOCK} in the move's transaction.
 */
@ProviderType
public interface ReplenishmentService {

    /** Creates or replaces the rule of the product and warehouse; the rule's own sku/warehouse are ignored. */
    ReorderRule put(String sku, String warehouse, ReorderRule rule);

    /** Sorted by warehouse and SKU; a null warehouse lists all. */
    Page<ReorderRule> rules(String warehouse, PageRequest page);

    /** Deletes the rule; a missing one is a {@code NotFoundProblem}. */
    void delete(String sku, String warehouse);

    /** Suggestions for every rule (of one warehouse, or all when null) whose product needs reordering. */
    List<ReplenishmentSuggestion> suggest(String warehouse);
}
