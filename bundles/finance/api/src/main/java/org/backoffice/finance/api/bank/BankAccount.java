package org.backoffice.finance.api.bank;

/**
 * A bank account of the company: its IBAN, currency, the ledger account that mirrors it and the expense account that
 * takes bank charges.
 *
 * @param csvMapping how CSV statements of this bank are read when an import names no mapping; may be absent
 */
public record BankAccount(Long id, String code, String name, String iban, String bic, String currency,
        String ledgerAccount, String feeAccount, CsvMapping csvMapping, Long version) {
}
