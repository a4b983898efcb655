package org.backoffice.logistics.api.sales;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Pick lists for confirmed orders, confirmed line by line with the quantity actually picked. */
@ProviderType
public interface PickListService {

    /**
     * Creates a pick list of the reserved, not yet picked (nor listed on another open pick list) stock of CONFIRMED or
     * PICKING orders of one warehouse, and moves the orders to PICKING. Nothing left to pick is a conflict.
     */
    PickList create(List<Long> orders);

    /** A missing pick list is a {@code NotFoundProblem}. */
    PickList require(long id);

    /** Newest first. */
    Page<PickList> find(PickListQuery query, PageRequest page);

    /**
     * Records what was picked for a line: zero up to the line's quantity (a short pick leaves the rest reserved for a
     * later pick list); more is refused, and a line is confirmed once.
     */
    PickList confirmLine(long pickListId, long lineId, BigDecimal picked);
}
