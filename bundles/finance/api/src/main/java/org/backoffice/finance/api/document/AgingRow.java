package org.backoffice.finance.api.document;

import java.math.BigDecimal;

/**
 * Open amounts of one customer (or all, for totals) by days past the due date: current (not yet due), 1-30, 31-60,
 * 61-90, over 90.
 */
public record AgingRow(String partner, BigDecimal current, BigDecimal d1to30, BigDecimal d31to60,
        BigDecimal d61to90, BigDecimal over90, BigDecimal total) {
}
