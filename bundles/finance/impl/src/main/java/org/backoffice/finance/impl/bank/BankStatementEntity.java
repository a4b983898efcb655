package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.finance.api.bank.BankStatement;
import org.backoffice.finance.api.bank.StatementFormat;
import org.backoffice.finance.api.bank.StatementStatus;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.VersionedRow;

/**
 * Table FIN_BANK_STATEMENT: imported statements. {@code STATEMENT_KEY} (the camt.053 statement id, or a hash of a CSV
 * file) is unique per bank account, so a statement imported twice is refused even by two servers at once.
 */
@Entity
@Table(name = "FIN_BANK_STATEMENT", uniqueConstraints = @UniqueConstraint(name = "FIN_BANK_STATEMENT_KEY_UQ",
        columnNames = {"BANK_ACCOUNT_ID", "STATEMENT_KEY"}))
public class BankStatementEntity extends VersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_BANK_STATEMENT_IDS")
    @TableGenerator(name = "FIN_BANK_STATEMENT_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "BANK_STATEMENT", allocationSize = 10)
    private Long id;

    @Column(name = "BANK_ACCOUNT_ID", nullable = false)
    private long bankAccount;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATEMENT_FORMAT", length = 10, nullable = false)
    private StatementFormat format;

    @Column(name = "STATEMENT_KEY", length = 80, nullable = false)
    private String statementKey;

    @Column(name = "STATEMENT_ID", length = 80, nullable = false)
    private String statementId;

    @Column(name = "SEQUENCE_NUMBER", length = 18)
    private String sequenceNumber;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate fromDate;

    @Column(name = "TO_DATE", nullable = false)
    private LocalDate toDate;

    @Column(name = "OPENING_BALANCE", precision = 19, scale = 4, nullable = false)
    private BigDecimal openingBalance;

    @Column(name = "CLOSING_BALANCE", precision = 19, scale = 4, nullable = false)
    private BigDecimal closingBalance;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    private StatementStatus status;

    @Column(name = "LINE_COUNT", nullable = false)
    private int lines;

    @Column(name = "MATCHED_COUNT", nullable = false)
    private int matched;

    @Convert(converter = UtcInstant.class)
    @Column(name = "IMPORTED_AT", nullable = false)
    private Instant importedAt;

    @Column(name = "IMPORTED_BY", length = 200, nullable = false)
    private String importedBy;

    protected BankStatementEntity() {
    }

    BankStatementEntity(long bankAccount, StatementFormat format, String key, ParsedStatement parsed,
            String statementId, String currency, LocalDate fromDate, LocalDate toDate, BigDecimal opening,
            BigDecimal closing, Instant now, String user) {
        this.bankAccount = bankAccount;
        this.format = format;
        this.statementKey = key;
        this.statementId = statementId;
        this.sequenceNumber = parsed.sequenceNumber();
        this.currency = currency;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.openingBalance = opening;
        this.closingBalance = closing;
        this.status = StatementStatus.OPEN;
        this.lines = parsed.lines().size();
        this.importedAt = now;
        this.importedBy = user;
    }

    /** Counts lines matched (positive) or unmatched (negative) and sets the status. */
    void matched(int change) {
        matched += change;
        status = matched == lines ? StatementStatus.RECONCILED : StatementStatus.OPEN;
    }

    Long id() {
        return id;
    }

    long bankAccount() {
        return bankAccount;
    }

    String currency() {
        return currency;
    }

    LocalDate toDate() {
        return toDate;
    }

    BigDecimal closingBalance() {
        return closingBalance;
    }

    StatementStatus status() {
        return status;
    }

    BankStatement toStatement(String bankAccountCode) {
        return new BankStatement(id, bankAccount, bankAccountCode, format, statementId, sequenceNumber, currency,
                fromDate, toDate, Money.display(openingBalance, currency), Money.display(closingBalance, currency),
                status, lines, matched, importedAt, importedBy);
    }
}
