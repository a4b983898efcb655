package org.backoffice.finance.api.bank;

import java.math.BigDecimal;

/**
 * Options of a statement import. For CSV: the mapping ({@code null}: the account's saved mapping), and the balances
 * (opening absent: the previous statement's closing balance, or zero; closing absent: opening plus the lines). A
 * camt.053 statement carries its own balances and identity, so the other fields are ignored for it.
 */
public record StatementImport(StatementFormat format, CsvMapping mapping, BigDecimal openingBalance,
        BigDecimal closingBalance) {
}
