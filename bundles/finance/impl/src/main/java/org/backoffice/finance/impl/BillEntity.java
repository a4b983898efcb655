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
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.backoffice.finance.api.Bill;
import org.backoffice.finance.api.InvoiceLine;
import org.backoffice.finance.api.InvoiceStatus;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.persistence.UtcInstant;

/**
 * Table FIN_BILL: supplier bills. The supplier's reference is unique per supplier (a unique key, so that two
 * concurrent saves of the same bill cannot both succeed). Amounts are stored at the currency's decimals.
 */
@Entity
@Table(name = "FIN_BILL", uniqueConstraints = @UniqueConstraint(name = "FIN_BILL_SUPPLIER_REF_UK",
        columnNames = {"SUPPLIER_CODE", "SUPPLIER_REF"}), indexes = {
                @Index(name = "FIN_BILL_STATUS_IX", columnList = "STATUS,DUE_DATE"),
                @Index(name = "FIN_BILL_DUE_IX", columnList = "DUE_DATE")})
public class BillEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_BILL_IDS")
    @TableGenerator(name = "FIN_BILL_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "BILL", allocationSize = 50)
    private Long id;

    @Column(name = "BILL_NUMBER", length = 20, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 15, nullable = false)
    private InvoiceStatus status;

    @Column(name = "SUPPLIER_CODE", length = 40, nullable = false)
    private String supplier;

    @Column(name = "SUPPLIER_REF", length = 60, nullable = false)
    private String supplierReference;

    @Column(name = "BILL_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "IBAN", length = 34)
    private String iban;

    @Column(name = "DESCRIPTION", length = 500)
    private String description;

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

    @OneToMany(mappedBy = "bill", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<BillLineEntity> lines = new ArrayList<>();

    protected BillEntity() {
    }

    BillEntity(String supplier, Instant now, String user) {
        this.supplier = supplier;
        this.status = InvoiceStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = user;
    }

    /** Replaces header and lines; the totals are those of the lines. */
    void apply(String supplierReference, LocalDate date, LocalDate dueDate, String currency, String iban,
            String description, List<InvoiceLine> newLines, InvoiceMath.Totals totals) {
        this.supplierReference = supplierReference;
        this.date = date;
        this.dueDate = dueDate;
        this.currency = currency;
        this.iban = iban;
        this.description = description;
        lines.clear();
        for (InvoiceLine line : newLines) {
            lines.add(new BillLineEntity(this, line));
        }
        this.net = totals.net();
        this.tax = totals.tax();
        this.gross = totals.gross();
        this.open = totals.gross();
    }

    void posted(String number, long journalEntry, Instant at) {
        this.number = number;
        this.journalEntry = journalEntry;
        this.postedAt = at;
        this.status = InvoiceStatus.POSTED;
    }

    /** Lowers the open amount by a paid part and moves the status along. */
    void settle(BigDecimal amount) {
        open = open.subtract(amount);
        if (open.signum() < 0) {
            throw new IllegalStateException("bill " + id + " would be paid beyond its gross amount");
        }
        status = open.signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    InvoiceStatus status() {
        return status;
    }

    String supplier() {
        return supplier;
    }

    String supplierReference() {
        return supplierReference;
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

    String iban() {
        return iban;
    }

    String description() {
        return description;
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
        return lines.stream().sorted(Comparator.comparingInt(BillLineEntity::lineNo))
                .map(l -> l.toLine(currency)).toList();
    }

    Bill toBill() {
        List<InvoiceLine> current = lines();
        return new Bill(id, number, status, supplier, supplierReference, date, dueDate, currency, iban, description,
                current, InvoiceMath.totals(current, currency).taxes(), Money.display(net, currency),
                Money.display(tax, currency), Money.display(gross, currency), Money.display(open, currency),
                journalEntry, version);
    }
}
