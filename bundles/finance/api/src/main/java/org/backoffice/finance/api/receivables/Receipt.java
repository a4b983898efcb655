package org.backoffice.finance.api.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A posted receipt ({@code RC-2026-000001}); {@code unallocated} is the customer's credit left on it. */
public record Receipt(long id, String number, String customer, LocalDate date, BigDecimal amount, String currency,
        String bankAccount, String reference, List<Allocation> allocations, BigDecimal unallocated,
        Long journalEntry) {
}
