package org.backoffice.finance.api.payables;

import java.time.LocalDate;

/**
 * What a payment run selects: posted bills with an open amount due on or before {@code dueBy}.
 *
 * @param supplier    only this supplier's bills; all when absent
 * @param currency    bills in this currency; the base currency when absent (a run pays in one currency)
 * @param paymentDate the payments' date and the requested execution date; {@code dueBy} when absent
 * @param bankAccount the ledger account paid from; the configured bank account when absent
 */
public record PaymentRunDraft(LocalDate dueBy, String supplier, String currency, LocalDate paymentDate,
        String bankAccount) {
}
