package org.backoffice.finance.api.payables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A posted payment to a supplier ({@code PAY-2028-000001}); {@code unallocated} is an advance left on it.
 *
 * @param paymentRun the run that made it, {@code null} for a manual payment
 */
public record SupplierPayment(long id, String number, String supplier, LocalDate date, BigDecimal amount,
        String currency, String bankAccount, String reference, List<BillAllocation> allocations,
        BigDecimal unallocated, Long journalEntry, Long paymentRun) {
}
