package org.backoffice.finance.impl.receivables;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.impl.document.SettlementColumns;

/** Table FIN_RECEIPT: money received from customers; {@code UNALLOCATED} is the credit left on it. */
@Entity
@Table(name = "FIN_RECEIPT", indexes = @Index(name = "FIN_RECEIPT_CUSTOMER_IX", columnList = "CUSTOMER_CODE"))
public class ReceiptEntity extends SettlementColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_RECEIPT_IDS")
    @TableGenerator(name = "FIN_RECEIPT_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "RECEIPT", allocationSize = 500)
    private Long id;

    @Column(name = "RECEIPT_NUMBER", length = 20, unique = true, nullable = false)
    private String number;

    @Column(name = "CUSTOMER_CODE", length = 40, nullable = false)
    private String customer;

    @Column(name = "RECEIPT_DATE", nullable = false)
    private LocalDate date;

    protected ReceiptEntity() {
    }

    /** A receipt to write through JDBC ({@link #INSERT}); never persisted as an entity, so the id is given. */
    ReceiptEntity(long id, String number, String customer, LocalDate date, BigDecimal amount, String currency,
            String bankAccount, String reference, long journalEntry, Instant now, String user) {
        super(amount, currency, bankAccount, reference, journalEntry, now, user);
        this.id = id;
        this.number = number;
        this.customer = customer;
        this.date = date;
    }

    static final String INSERT = "INSERT INTO FIN_RECEIPT (ID, RECEIPT_NUMBER, CUSTOMER_CODE, RECEIPT_DATE, AMOUNT,"
            + " CURRENCY, BANK_ACCOUNT, REFERENCE, UNALLOCATED, JOURNAL_ENTRY_ID, CREATED_AT, CREATED_BY, VERSION)";
    static final int[] COLUMN_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DECIMAL,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DECIMAL, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR,
        Types.BIGINT};

    /** The values of {@link #INSERT}, once its allocations are applied (version 1, as EclipseLink starts). */
    Object[] insertValues() {
        return new Object[] {id, number, customer, date, amount(), currency(), bankAccount(), reference(),
                unallocated(), journalEntry(), createdAt(), createdBy(), 1L};
    }

    @Override
    public String describe() {
        return "receipt " + id;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String customer() {
        return customer;
    }

    public LocalDate date() {
        return date;
    }
}
