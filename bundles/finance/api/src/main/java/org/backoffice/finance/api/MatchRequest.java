package org.backoffice.finance.api;

/**
 * A person's match of a statement line: exactly one of {@code invoice}, {@code receipt} or {@code explanation}
 * ({@code account} defaults to the bank account's fee account).
 */
public record MatchRequest(Long invoice, Long receipt, String explanation, String account) {
}
