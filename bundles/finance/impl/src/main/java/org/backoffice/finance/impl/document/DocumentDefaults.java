package org.backoffice.finance.impl.document;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * What an invoice or a bill (and a receipt or a supplier payment) is given when it leaves a field out, the same way
 * on both sides: the base currency, the configured bank account, and a due date from the partner's payment terms
 * or else the configured default terms.
 */
public final class DocumentDefaults {

    private final String baseCurrency;
    private final String bankAccount;
    private final int defaultTermsDays;
    private final String exchangeDifferenceAccount;
    private final String taxCode;

    public DocumentDefaults(String baseCurrency, DocumentConfig config) {
        this(baseCurrency, config.bankAccount(), config.defaultPaymentTermsDays(), config.exchangeDifferenceAccount(),
                config.defaultTaxCode());
    }

    DocumentDefaults(String baseCurrency, String bankAccount, int defaultTermsDays, String exchangeDifferenceAccount,
            String taxCode) {
        this.baseCurrency = baseCurrency;
        this.bankAccount = bankAccount;
        this.defaultTermsDays = defaultTermsDays;
        this.exchangeDifferenceAccount = exchangeDifferenceAccount;
        this.taxCode = taxCode == null || taxCode.isBlank() ? null : taxCode.trim();
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    /** The currency asked for, else the base currency. */
    public String currency(String asked) {
        return asked == null ? baseCurrency : asked;
    }

    /** The currency to record on a journal line: none for the base currency. */
    public String foreign(String currency) {
        return currency.equals(baseCurrency) ? null : currency;
    }

    /** The bank account asked for, else the configured one. */
    public String bankAccount(String asked) {
        return asked == null ? bankAccount : asked;
    }

    /** The due date asked for, or from the partner's payment terms, or from the configured default terms. */
    public LocalDate dueDate(LocalDate date, LocalDate asked, OptionalInt partnerTerms) {
        return asked != null ? asked : date.plusDays(partnerTerms.orElse(defaultTermsDays));
    }

    /** The tax code of an invoice line that names none; null when none is configured (the line must name one). */
    public String taxCode() {
        return taxCode;
    }

    /** Realized exchange differences of settlements, posted to the configured account. */
    public ExchangeDifferences exchangeDifferences() {
        return new ExchangeDifferences(baseCurrency, exchangeDifferenceAccount);
    }
}
