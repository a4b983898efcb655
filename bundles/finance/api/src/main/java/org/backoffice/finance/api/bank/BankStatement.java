package org.backoffice.finance.api.bank;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An imported bank statement.
 *
 * @param statementId    the bank's statement id (camt.053 {@code Id}) or, for CSV, a hash of the file
 * @param sequenceNumber camt.053 {@code ElctrncSeqNb}; absent for CSV
 * @param matchedLines   lines matched or explained
 */
public record BankStatement(Long id, long bankAccount, String bankAccountCode, StatementFormat format,
        String statementId, String sequenceNumber, String currency, LocalDate fromDate, LocalDate toDate,
        BigDecimal openingBalance, BigDecimal closingBalance, StatementStatus status, int lines, int matchedLines,
        Instant importedAt, String importedBy) {
}
