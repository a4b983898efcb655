package org.backoffice.logistics.api.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;


/** A count of one location: the quantities expected when it was opened, and what was counted. */
public record CycleCount(long id, String warehouse, String location, CycleCountStatus status, List<Line> lines,
        Instant openedAt, String openedBy, Instant closedAt, String closedBy, long version) {

    public CycleCount {
        lines = List.copyOf(lines);
    }

    /**
     * @param expected   on hand at the location when the count was opened (zero for products added while counting)
     * @param counted    null until recorded
     * @param difference counted minus expected; null until counted
     */
    public record Line(String sku, String uom, BigDecimal expected, BigDecimal counted,
            BigDecimal difference) {
    }
}
