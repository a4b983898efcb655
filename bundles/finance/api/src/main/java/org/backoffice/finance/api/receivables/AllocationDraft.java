package org.backoffice.finance.api.receivables;

import java.math.BigDecimal;

/** Part of a receipt applied to one posted invoice of the same customer and currency. */
public record AllocationDraft(Long invoice, BigDecimal amount) {
}
