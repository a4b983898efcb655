package org.backoffice.finance.api.bank;

/** The formats bank statements are imported from. */
public enum StatementFormat {
    /** Delimited text read with a {@link CsvMapping}. */
    CSV,
    /** ISO 20022 bank-to-customer statement {@code camt.053.001.02}. */
    CAMT053
}
