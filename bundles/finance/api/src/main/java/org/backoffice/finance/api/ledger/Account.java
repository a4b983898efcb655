package org.backoffice.finance.api.ledger;

/**
 * An account of the chart.
 *
 * @param parent   code of the parent account, or {@code null} for a top-level account
 * @param postable false for accounts that have children: entries go to the leaves (computed, ignored on input)
 * @param currency a fixed currency every line on this account must use, or {@code null} for any
 * @param active   blocked accounts take no new postings; {@code null} means true on create
 * @param version  optimistic lock; required on update
 */
public record Account(String code, String name, AccountType type, String parent, Boolean postable, String currency,
        Boolean active, Long version) {
}
