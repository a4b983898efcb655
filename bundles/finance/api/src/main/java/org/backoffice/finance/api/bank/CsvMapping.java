package org.backoffice.finance.api.bank;

/**
 * How the columns of a bank's CSV export are read. A column is named by its header text (with at least one header
 * row) or by its 1-based position. Either {@code amount} (signed, money in positive) or {@code debit} and/or
 * {@code credit} (unsigned; debit = money out of the account) must be given.
 *
 * @param dateFormat       a {@link java.time.format.DateTimeFormatter} pattern; {@code yyyy-MM-dd} when absent
 * @param decimalSeparator {@code .} or {@code ,}; {@code .} when absent (the other one is taken as grouping)
 * @param headerRows       rows skipped at the top (the last of them names the columns); 1 when absent
 * @param delimiter        one character; {@code ,} when absent ({@code tab} for a tab)
 */
public record CsvMapping(String date, String valueDate, String amount, String debit, String credit, String text,
        String counterparty, String counterpartyIban, String reference, String dateFormat, String decimalSeparator,
        Integer headerRows, String delimiter) {
}
