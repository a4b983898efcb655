package org.backoffice.finance.api.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Money received from a customer, posted at once: debit the bank account, credit receivables. What is not allocated
 * stays as customer credit, allocatable later.
 *
 * @param currency    ISO 4217; the base currency when absent
 * @param bankAccount the account debited
 */
public record ReceiptDraft(String customer, LocalDate date, BigDecimal amount, String currency, String bankAccount,
        String reference, List<AllocationDraft> allocations) {
}
