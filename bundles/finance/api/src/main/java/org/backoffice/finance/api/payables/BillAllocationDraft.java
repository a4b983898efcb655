package org.backoffice.finance.api.payables;

import java.math.BigDecimal;

/** Part of a supplier payment applied to one posted bill. */
public record BillAllocationDraft(Long bill, BigDecimal amount) {
}
