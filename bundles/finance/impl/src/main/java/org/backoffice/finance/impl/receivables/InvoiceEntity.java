package org.backoffice.finance.impl.receivables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.receivables.CreditNote;
import org.backoffice.finance.api.receivables.Invoice;
import org.backoffice.finance.impl.document.InvoiceMath;
import org.backoffice.finance.impl.document.TaxedDocumentColumns;
import org.backoffice.platform.api.Money;

/**
 * Table FIN_INVOICE: customer invoices and credit notes ({@code DOC_TYPE}); a credit note names the invoice it
 * credits. Amounts are stored at the currency's decimals; {@code OPEN_AMOUNT} is kept for invoices only.
 */
@Entity
@Table(name = "FIN_INVOICE", indexes = {
        @Index(name = "FIN_INVOICE_CUSTOMER_IX", columnList = "CUSTOMER_CODE,STATUS"),
        @Index(name = "FIN_INVOICE_DUE_IX", columnList = "DUE_DATE"),
        @Index(name = "FIN_INVOICE_CREDITED_IX", columnList = "CREDITED_INVOICE")})
public class InvoiceEntity extends TaxedDocumentColumns {

    public static final String INVOICE = "INVOICE";
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

    @Column(name = "CUSTOMER_CODE", length = 40, nullable = false)
    private String customer;

    @Column(name = "DOC_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "REFERENCE", length = 500)
    private String reference;

    @Column(name = "CREDITED_INVOICE")
    private Long creditedInvoice;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<InvoiceLineEntity> lines = new ArrayList<>();

    protected InvoiceEntity() {
    }

    InvoiceEntity(String docType, String customer, Instant now, String user) {
        super(now, user);
        this.docType = docType;
        this.customer = customer;
    }

    /** Replaces header and lines; the totals are those of the lines. */
    void apply(LocalDate date, LocalDate dueDate, String currency, String reference, List<InvoiceLine> newLines,
            InvoiceMath.Totals totals) {
        this.date = date;
        this.reference = reference;
        applyTotals(dueDate, currency, totals);
        lines.clear();
        for (InvoiceLine line : newLines) {
            lines.add(new InvoiceLineEntity(this, line));
        }
    }

    void posted(String number, long journalEntry, Instant at, InvoiceStatus status) {
        this.number = number;
        markPosted(journalEntry, at, status);
    }

    void creditOf(long invoiceId) {
        this.creditedInvoice = invoiceId;
    }

    @Override
    public String describe() {
        return "invoice " + id;
    }

    public Long id() {
        return id;
    }

    public String docType() {
        return docType;
    }

    public String number() {
        return number;
    }

    public String customer() {
        return customer;
    }

    LocalDate date() {
        return date;
    }

    public String reference() {
        return reference;
    }

    List<InvoiceLine> lines() {
        return lines.stream().sorted(Comparator.comparingInt(InvoiceLineEntity::lineNo))
                .map(l -> l.toLine(currency())).toList();
    }

    Invoice toInvoice() {
        List<InvoiceLine> current = lines();
        String currency = currency();
        return new Invoice(id, number, status(), customer, date, dueDate(), currency, reference, current,
                InvoiceMath.totals(current, currency).taxes(), Money.display(net(), currency),
                Money.display(tax(), currency), Money.display(gross(), currency), Money.display(open(), currency),
                journalEntry(), version());
    }

    CreditNote toCreditNote(String invoiceNumber) {
        List<InvoiceLine> current = lines();
        String currency = currency();
        return new CreditNote(id, number, creditedInvoice, invoiceNumber, customer, date, currency, reference,
                current, InvoiceMath.totals(current, currency).taxes(), Money.display(net(), currency),
                Money.display(tax(), currency), Money.display(gross(), currency), journalEntry());
    }

    Long creditedInvoice() {
        return creditedInvoice;
    }
}
