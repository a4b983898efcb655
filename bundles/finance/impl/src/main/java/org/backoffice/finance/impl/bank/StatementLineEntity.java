package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.bank.StatementLine;
import org.backoffice.finance.api.bank.StatementLineStatus;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.support.jpa.VersionedRow;

/**
 * Table FIN_BANK_STATEMENT_LINE: the bookings of a statement and what each was matched with. A receipt is reconciled
 * when a line names it in {@code RECEIPT_ID}, a supplier payment when a line names it in {@code PAYMENT_ID}.
 */
@Entity
@Table(name = "FIN_BANK_STATEMENT_LINE", indexes = {
        @Index(name = "FIN_BANK_LINE_STATEMENT_IX", columnList = "STATEMENT_ID,LINE_NO"),
        @Index(name = "FIN_BANK_LINE_RECEIPT_IX", columnList = "RECEIPT_ID"),
        @Index(name = "FIN_BANK_LINE_PAYMENT_IX", columnList = "PAYMENT_ID")})
public class StatementLineEntity extends VersionedRow {

    static final String EXPLANATION = "EXPLANATION";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_BANK_LINE_IDS")
    @TableGenerator(name = "FIN_BANK_LINE_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "BANK_STATEMENT_LINE", allocationSize = 500)
    private Long id;

    @Column(name = "STATEMENT_ID", nullable = false)
    private long statement;

    @Column(name = "LINE_NO", nullable = false)
    private int lineNo;

    @Column(name = "BOOKING_DATE", nullable = false)
    private LocalDate bookingDate;

    @Column(name = "VALUE_DATE")
    private LocalDate valueDate;

    @Column(name = "AMOUNT", precision = 19, scale = 4, nullable = false)
    private BigDecimal amount;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "LINE_TEXT", length = 500)
    private String text;

    @Column(name = "COUNTERPARTY", length = 200)
    private String counterparty;

    @Column(name = "COUNTERPARTY_IBAN", length = 34)
    private String counterpartyIban;

    @Column(name = "REFERENCE", length = 100)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    private StatementLineStatus status;

    @Column(name = "MATCH_KIND", length = 20)
    private String matchKind;

    @Column(name = "MATCHED_ID")
    private Long matchedId;

    @Column(name = "MATCHED_NUMBER", length = 40)
    private String matchedNumber;

    @Column(name = "RECEIPT_ID")
    private Long receipt;

    @Column(name = "PAYMENT_ID")
    private Long payment;

    @Column(name = "RECEIPT_CREATED", nullable = false)
    private boolean receiptCreated;

    @Column(name = "EXPLANATION", length = 200)
    private String explanation;

    @Column(name = "ACCOUNT_CODE", length = 20)
    private String account;

    @Column(name = "JOURNAL_ENTRY_ID")
    private Long journalEntry;

    protected StatementLineEntity() {
    }

    StatementLineEntity(long statement, int lineNo, ParsedStatement.Line line, String currency) {
        this.statement = statement;
        this.lineNo = lineNo;
        this.bookingDate = line.bookingDate();
        this.valueDate = line.valueDate();
        this.amount = line.amount();
        this.currency = currency;
        this.text = line.text();
        this.counterparty = line.counterparty();
        this.counterpartyIban = line.counterpartyIban();
        this.reference = line.reference();
        this.status = StatementLineStatus.UNMATCHED;
    }

    void matched(String kind, long id, OpenItemSource.Settlement settlement) {
        status = StatementLineStatus.MATCHED;
        matchKind = kind;
        matchedId = id;
        matchedNumber = settlement.number();
        receipt = settlement.receipt();
        payment = settlement.payment();
        receiptCreated = settlement.created();
        journalEntry = settlement.journalEntry();
    }

    void explained(String why, String accountCode, long entry) {
        status = StatementLineStatus.EXPLAINED;
        matchKind = EXPLANATION;
        explanation = why;
        account = accountCode;
        journalEntry = entry;
    }

    void unmatched() {
        status = StatementLineStatus.UNMATCHED;
        matchKind = null;
        matchedId = null;
        matchedNumber = null;
        receipt = null;
        payment = null;
        receiptCreated = false;
        explanation = null;
        account = null;
        journalEntry = null;
    }

    Long id() {
        return id;
    }

    long statement() {
        return statement;
    }

    int lineNo() {
        return lineNo;
    }

    LocalDate bookingDate() {
        return bookingDate;
    }

    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    String text() {
        return text;
    }

    String counterparty() {
        return counterparty;
    }

    String reference() {
        return reference;
    }

    StatementLineStatus status() {
        return status;
    }

    String matchKind() {
        return matchKind;
    }

    Long payment() {
        return payment;
    }

    boolean receiptCreated() {
        return receiptCreated;
    }

    Long journalEntry() {
        return journalEntry;
    }

    MatchRules.Line toRuleLine() {
        return new MatchRules.Line(id, amount, bookingDate, text, counterparty, reference, counterpartyIban);
    }

    StatementLine toLine() {
        return new StatementLine(id, statement, lineNo, bookingDate, valueDate, Money.display(amount, currency),
                currency, text, counterparty, counterpartyIban, reference, status, matchKind, matchedId,
                matchedNumber, receipt, payment, receiptCreated, explanation, account, journalEntry);
    }
}
