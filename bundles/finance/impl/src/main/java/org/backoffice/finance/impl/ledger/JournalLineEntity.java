package org.backoffice.finance.impl.ledger;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.ledger.JournalLine;
import org.backoffice.platform.api.Money;

/** Table FIN_JOURNAL_LINE: the amount as entered and its base-currency value. */
@Entity
@Table(name = "FIN_JOURNAL_LINE", indexes = @Index(name = "FIN_JL_ACCOUNT_IX", columnList = "ACCOUNT_CODE"))
public class JournalLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_JL_IDS")
    @TableGenerator(name = "FIN_JL_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "JOURNAL_LINE", allocationSize = 1000)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ENTRY_ID", nullable = false)
    private JournalEntryEntity entry;

    @Column(name = "LINE_NO", nullable = false)
    private int lineNo;

    @Column(name = "ACCOUNT_CODE", length = 20, nullable = false)
    private String account;

    @Column(name = "DEBIT", precision = 19, scale = 4)
    private BigDecimal debit;

    @Column(name = "CREDIT", precision = 19, scale = 4)
    private BigDecimal credit;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "RATE", precision = 19, scale = 10, nullable = false)
    private BigDecimal rate;

    @Column(name = "BASE_DEBIT", precision = 19, scale = 4)
    private BigDecimal baseDebit;

    @Column(name = "BASE_CREDIT", precision = 19, scale = 4)
    private BigDecimal baseCredit;

    @Column(name = "PARTNER_CODE", length = 40)
    private String partner;

    @Column(name = "MEMO", length = 500)
    private String memo;

    protected JournalLineEntity() {
    }

    JournalLineEntity(String account, BigDecimal debit, BigDecimal credit, String currency, BigDecimal rate,
            BigDecimal baseDebit, BigDecimal baseCredit, String partner, String memo) {
        this.account = account;
        this.debit = debit;
        this.credit = credit;
        this.currency = currency;
        this.rate = rate;
        this.baseDebit = baseDebit;
        this.baseCredit = baseCredit;
        this.partner = partner;
        this.memo = memo;
    }

    void attachTo(JournalEntryEntity entry, int lineNo) {
        this.entry = entry;
        this.lineNo = lineNo;
    }

    String account() {
        return account;
    }

    JournalEntryEntity entry() {
        return entry;
    }

    BigDecimal debit() {
        return debit;
    }

    BigDecimal credit() {
        return credit;
    }

    String currency() {
        return currency;
    }

    BigDecimal rate() {
        return rate;
    }

    BigDecimal baseDebit() {
        return baseDebit;
    }

    BigDecimal baseCredit() {
        return baseCredit;
    }

    String partner() {
        return partner;
    }

    String memo() {
        return memo;
    }

    JournalLine toLine() {
        return new JournalLine(lineNo, account, Money.display(debit, currency), Money.display(credit, currency),
                currency, rate.stripTrailingZeros(), Money.display(baseDebit, null), Money.display(baseCredit, null),
                partner, memo);
    }
}
