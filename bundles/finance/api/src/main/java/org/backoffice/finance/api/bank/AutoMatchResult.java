package org.backoffice.finance.api.bank;

/** What auto-match did: lines matched now, lines left for a person, and the statement afterwards. */
public record AutoMatchResult(int matched, int unmatched, BankStatement statement) {
}
