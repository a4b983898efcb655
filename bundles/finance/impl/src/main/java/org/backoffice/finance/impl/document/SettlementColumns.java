package org.backoffice.finance.impl.document;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

import org.backoffice.platform.support.jpa.AuthoredRow;

/**
 * The columns that customer receipts and supplier payments share (each in its own table): the money, the bank
 * account it moved through, the part not yet allocated to documents, the journal entry, who recorded it and when.
 * Number, date and partner stay with each entity: their columns are named differently.
 */
@MappedSuperclass
public abstract class SettlementColumns extends AuthoredRow {

    @Column(name = "AMOUNT", precision = 19, scale = 4, nullable = false)
    private BigDecimal amount;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "BANK_ACCOUNT", length = 20, nullable = false)
    private String bankAccount;

    @Column(name = "REFERENCE", length = 500)
    private String reference;

    @Column(name = "UNALLOCATED", precision = 19, scale = 4, nullable = false)
    private BigDecimal unallocated;

    @Column(name = "JOURNAL_ENTRY_ID", nullable = false)
    private long journalEntry;

    protected SettlementColumns() {
    }

    /** Nothing allocated yet. */
    protected SettlementColumns(BigDecimal amount, String currency, String bankAccount, String reference,
            long journalEntry, Instant now, String user) {
        super(now, user);
        this.amount = amount;
        this.currency = currency;
        this.bankAccount = bankAccount;
        this.reference = reference;
        this.unallocated = amount;
        this.journalEntry = journalEntry;
    }

    /** What a failure message calls this record, e.g. "receipt 12". */
    public abstract String describe();

    public void allocated(BigDecimal part) {
        unallocated = unallocated.subtract(part);
        if (unallocated.signum() < 0) {
            throw new IllegalStateException(describe() + " would be allocated beyond its amount");
        }
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String bankAccount() {
        return bankAccount;
    }

    public String reference() {
        return reference;
    }

    public BigDecimal unallocated() {
        return unallocated;
    }

    public long journalEntry() {
        return journalEntry;
    }
}
