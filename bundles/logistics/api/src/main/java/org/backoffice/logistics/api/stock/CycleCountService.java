package org.backoffice.logistics.api.stock;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Cycle counts. While a count of a location is OPEN, every stock move into or out of that location is refused with a
 * {@code ConflictProblem} naming the count.
 */
@ProviderType
public interface CycleCountService {

    /** Opens a count with the location's on-hand quantities as expected; one open count per location. */
    CycleCount open(CycleCountDraft draft);

    /** Records (or corrects) a counted quantity; a product not expected is added with expected zero. */
    CycleCount record(long id, CountedQuantity counted);

    /**
     * Posts the count: an ADJUSTMENT move with reason {@code cycle count <id>} for each counted line that differs;
     * lines never counted are left as they are.
     */
    CycleCount post(long id);

    CycleCount cancel(long id);

    CycleCount require(long id);

    /** Newest first; null filters do not filter. */
    Page<CycleCount> find(String warehouse, CycleCountStatus status, PageRequest page);
}
