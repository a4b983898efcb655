package org.backoffice.finance.impl.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.MappedSuperclass;

import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.AuthoredRow;

/**
 * The columns and life cycle that customer invoices and supplier bills share (each in its own table): status, due
 * date, currency, totals, the open amount that receipts or payments settle, the journal entry, who made it and when,
 * and the optimistic version. Number, date and partner stay with each entity: their columns are named differently.
 */
@MappedSuperclass
public abstract class TaxedDocumentColumns extends AuthoredRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 15, nullable = false)
    private InvoiceStatus status;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "NET", precision = 19, scale = 4, nullable = false)
    private BigDecimal net;

    @Column(name = "TAX", precision = 19, scale = 4, nullable = false)
    private BigDecimal tax;

    @Column(name = "GROSS", precision = 19, scale = 4, nullable = false)
    private BigDecimal gross;

    @Column(name = "OPEN_AMOUNT", precision = 19, scale = 4, nullable = false)
    private BigDecimal open;

    @Column(name = "JOURNAL_ENTRY_ID")
    private Long journalEntry;

    @Convert(converter = UtcInstant.class)
    @Column(name = "POSTED_AT")
    private Instant postedAt;

    protected TaxedDocumentColumns() {
    }

    /** A new DRAFT. */
    protected TaxedDocumentColumns(Instant now, String user) {
        super(now, user);
        this.status = InvoiceStatus.DRAFT;
    }

    /** What a failure message calls this document, e.g. "invoice 41". */
    public abstract String describe();

    /** Sets due date, currency and the totals of new lines; the whole gross is open. */
    public void applyTotals(LocalDate newDueDate, String newCurrency, InvoiceMath.Totals totals) {
        this.dueDate = newDueDate;
        this.currency = newCurrency;
        this.net = totals.net();
        this.tax = totals.tax();
        this.gross = totals.gross();
        this.open = totals.gross();
    }

    public void markPosted(long entry, Instant at, InvoiceStatus newStatus) {
        this.journalEntry = entry;
        this.postedAt = at;
        this.status = newStatus;
    }

    /** Lowers the open amount by a settled part (receipt, payment or credit note) and moves the status along. */
    public void settle(BigDecimal amount) {
        open = open.subtract(amount);
        if (open.signum() < 0) {
            throw new IllegalStateException(describe() + " would be settled beyond its gross amount");
        }
        status = open.signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
    }

    /**
     * Refuses a change of this document unless it is a draft of {@code version} for the same partner: 409 for a
     * posted document or a stale version, 422 for another partner. {@code kind} is "invoice" or "bill",
     * {@code entity} the audit entity, {@code partnerField} the JSON name of the partner.
     */
    public void requireChangeableDraft(String kind, String entity, long id, long version, String partnerField,
            String partner, String newPartner) {
        if (status != InvoiceStatus.DRAFT) {
            throw new ConflictProblem(kind + " " + id + " is " + status + "; only drafts can change");
        }
        if (version() != version) {
            throw ConflictProblem.staleVersion(entity, Long.toString(id), version, version());
        }
        if (!partner.equals(newPartner)) {
            throw ValidationFailedException.of(partnerField, "cannot change; create a new " + kind + " instead");
        }
    }

    /** Refuses posting unless this is a draft with a gross amount: 409 when posted already, 422 for zero. */
    public void requirePostable(String kind, long id, String number) {
        if (status != InvoiceStatus.DRAFT) {
            throw new ConflictProblem(kind + " " + id + " is already posted as " + number);
        }
        if (gross.signum() <= 0) {
            throw ValidationFailedException.of("lines", "the " + kind + " is zero and cannot be posted");
        }
    }

    public InvoiceStatus status() {
        return status;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal net() {
        return net;
    }

    public BigDecimal tax() {
        return tax;
    }

    public BigDecimal gross() {
        return gross;
    }

    public BigDecimal open() {
        return open;
    }

    public Long journalEntry() {
        return journalEntry;
    }
}
