package org.backoffice.finance.api.payables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Money paid to a supplier, posted at once: debit payables (with the supplier), credit the bank account.
 * Allocations go to posted bills of the same supplier and currency, each at most the bill's open amount, together
 * at most {@code amount}; what is left is an advance.
 *
 * @param currency    ISO 4217; the base currency when absent
 * @param bankAccount the account credited; the configured bank account when absent
 */
public record SupplierPaymentDraft(String supplier, LocalDate date, BigDecimal amount, String currency,
        String bankAccount, String reference, List<BillAllocationDraft> allocations) {
}
