package org.backoffice.finance.api.bank;

/**
 * A person's match of a statement line: exactly one of {@code invoice}, {@code receipt}, {@code bill} (an open
 * supplier bill: a supplier payment is created), {@code payment} (an unreconciled supplier payment) or
 * {@code explanation} ({@code account} defaults to the bank account's fee account).
 */
public record MatchRequest(Long invoice, Long receipt, Long bill, Long payment, String explanation,
        String account) {
}
