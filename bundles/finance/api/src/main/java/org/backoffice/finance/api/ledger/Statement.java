package org.backoffice.finance.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A profit and loss statement ({@code from}..{@code to}) or a balance sheet (at {@code to}), in the base currency.
 * Amounts are shown with their natural sign: income, liabilities and equity positive when in credit.
 *
 * @param result profit (positive) or loss of the range; for a balance sheet the result of the fiscal year to date
 *               that is not yet closed into retained earnings
 */
public record Statement(LocalDate from, LocalDate to, String currency, List<Section> sections, BigDecimal result) {

    public Statement {
        sections = List.copyOf(sections);
    }

    /** One account class with its accounts and total. */
    public record Section(AccountType type, List<Amount> accounts, BigDecimal total) {

        public Section {
            accounts = List.copyOf(accounts);
        }
    }

    /** An account and its amount. */
    public record Amount(String account, String name, BigDecimal amount) {
    }
}
