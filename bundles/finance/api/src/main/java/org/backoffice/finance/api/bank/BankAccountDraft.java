package org.backoffice.finance.api.bank;

/**
 * A bank account to create or update.
 *
 * @param currency   ISO 4217; the base currency when absent
 * @param feeAccount the expense account for bank charges; the configured {@code bankChargesAccount} when absent
 * @param version    required to update: the version read
 */
public record BankAccountDraft(String code, String name, String iban, String bic, String currency,
        String ledgerAccount, String feeAccount, CsvMapping csvMapping, Long version) {
}
