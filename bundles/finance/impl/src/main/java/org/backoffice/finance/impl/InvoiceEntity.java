package org.backoffice.finance.impl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.backoffice.finance.api.CreditNote;
import org.backoffice.finance.api.Invoice;
import org.backoffice.finance.api.InvoiceLine;
import org.backoffice.finance.api.InvoiceStatus;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.persistence.UtcInstant;

/**
 * Table FIN_INVOICE: customer invoices and credit notes ({@code DOC_TYPE}); a credit note names the invoice it
 * credits. Amounts are stored at the currency's decimals; {@code OPEN_AMOUNT} is kept for invoices only.
 */
@Entity
@Table(name = "FIN_INVOICE", indexes = {
        @Index(name = "FIN_INVOICE_CUSTOMER_IX", columnList = "CUSTOMER_CODE,STATUS"),
        @Index(name = "FIN_INVOICE_DUE_IX", columnList = "DUE_DATE"),
        @Index(name = "FIN_INVOICE_CREDITED_IX", columnList = "CREDITED_INVOICE")})
public class InvoiceEntity {

    static final String INVOICE = "INVOICE";
    static final String CREDIT_NOTE = "CREDIT_NOTE";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_INVOICE_IDS")
    @TableGenerator(name = "FIN_INVOICE_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "INVOICE", allocationSize = 50)
    private Long id;

    @Column(name = "DOC_TYPE", length = 12, nullable = false)
    private String docType;

    @Column(name = "DOC_NUMBER", length = 20, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 15, nullable = false)
    private InvoiceStatus status;

    @Column(name = "CUSTOMER_CODE", length = 40, nullable = false)
    private String customer;

    @Column(name = "DOC_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "REFERENCE", length = 500)
    private String reference;

    @Column(name = "CREDITED_INVOICE")
    private Long creditedInvoice;

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
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 200, nullable = false)
    private String createdBy;

    @Convert(converter = UtcInstant.class)
    @Column(name = "POSTED_AT")
    private Instant postedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<InvoiceLineEntity> lines = new ArrayList<>();

    protected InvoiceEntity() {
    }

    InvoiceEntity(String docType, String customer, Instant now, String user) {
        this.docType = docType;
        this.customer = customer;
        this.status = InvoiceStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = user;
    }

    /** Replaces header and lines; the totals are those of the lines. */
    void apply(LocalDate date, LocalDate dueDate, String currency, String reference, List<InvoiceLine> newLines,
            InvoiceMath.Totals totals) {
        this.date = date;
        this.dueDate = dueDate;
        this.currency = currency;
        this.reference = reference;
        lines.clear();
        for (InvoiceLine line : newLines) {
            lines.add(new InvoiceLineEntity(this, line));
        }
        this.net = totals.net();
        this.tax = totals.tax();
        this.gross = totals.gross();
        this.open = totals.gross();
    }

    void posted(String number, long journalEntry, Instant at, InvoiceStatus status) {
        this.number = number;
        this.journalEntry = journalEntry;
        this.postedAt = at;
        this.status = status;
    }

    void creditOf(long invoiceId) {
        this.creditedInvoice = invoiceId;
    }

    /** Lowers the open amount by a settled part (receipt or credit note) and moves the status along. */
    void settle(BigDecimal amount) {
        open = open.subtract(amount);
        if (open.signum() < 0) {
            throw new IllegalStateException("invoice " + id + " would be settled beyond its gross amount");
        }
        status = open.signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
    }

    Long id() {
        return id;
    }

    String docType() {
        return docType;
    }

    String number() {
        return number;
    }

    InvoiceStatus status() {
        return status;
    }

    String customer() {
        return customer;
    }

    LocalDate date() {
        return date;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    String currency() {
        return currency;
    }

    String reference() {
        return reference;
    }

    BigDecimal gross() {
        return gross;
    }

    BigDecimal open() {
        return open;
    }

    long version() {
        return version;
    }

    List<InvoiceLine> lines() {
        return lines.stream().sorted(Comparator.comparingInt(InvoiceLineEntity::lineNo))
                .map(l -> l.toLine(currency)).toList();
    }

    Invoice toInvoice() {
        List<InvoiceLine> current = lines();
        return new Invoice(id, number, status, customer, date, dueDate, currency, reference, current,
                InvoiceMath.totals(current, currency).taxes(), Money.display(net, currency),
                Money.display(tax, currency), Money.display(gross, currency), Money.display(open, currency),
                journalEntry, version);
    }

    CreditNote toCreditNote(String invoiceNumber) {
        List<InvoiceLine> current = lines();
        return new CreditNote(id, number, creditedInvoice, invoiceNumber, customer, date, currency, reference,
                current, InvoiceMath.totals(current, currency).taxes(), Money.display(net, currency),
                Money.display(tax, currency), Money.display(gross, currency), journalEntry);
    }

    Long creditedInvoice() {
        return creditedInvoice;
    }
}
