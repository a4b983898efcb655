package org.backoffice.finance.api.payables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A batch of bills to pay: PROPOSED (reviewable, bills can be excluded), then EXECUTED (one payment per supplier).
 *
 * @param items    the bills in the run with the open amount proposed for payment
 * @param total    sum of the items
 * @param payments ids of the payments made by the execution; empty while PROPOSED
 */
public record PaymentRun(long id, PaymentRunStatus status, LocalDate dueBy, String supplier, String currency,
        LocalDate paymentDate, String bankAccount, List<PaymentRunItem> items, BigDecimal total, List<Long> payments,
        Instant createdAt, Instant executedAt, long version) {
}
