package org.backoffice.finance.impl.payables;

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
import javax.persistence.UniqueConstraint;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.payables.Bill;
import org.backoffice.finance.impl.document.InvoiceMath;
import org.backoffice.finance.impl.document.TaxedDocumentColumns;
import org.backoffice.platform.api.Money;

/**
 * Table FIN_BILL: supplier bills. The supplier's reference is unique per supplier (a unique key, so that two
 * concurrent saves of the same bill cannot both succeed). Amounts are stored at the currency's decimals.
 */
@Entity
@Table(name = "FIN_BILL", uniqueConstraints = @UniqueConstraint(name = "FIN_BILL_SUPPLIER_REF_UK",
        columnNames = {"SUPPLIER_CODE", "SUPPLIER_REF"}), indexes = {
                @Index(name = "FIN_BILL_STATUS_IX", columnList = "STATUS,DUE_DATE"),
                @Index(name = "FIN_BILL_DUE_IX", columnList = "DUE_DATE")})
public class BillEntity extends TaxedDocumentColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_BILL_IDS")
    @TableGenerator(name = "FIN_BILL_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "BILL", allocationSize = 50)
    private Long id;

    @Column(name = "BILL_NUMBER", length = 20, unique = true)
    private String number;

    @Column(name = "SUPPLIER_CODE", length = 40, nullable = false)
    private String supplier;

    @Column(name = "SUPPLIER_REF", length = 60, nullable = false)
    private String supplierReference;

    @Column(name = "BILL_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "IBAN", length = 34)
    private String iban;

    @Column(name = "DESCRIPTION", length = 500)
    private String description;

    @OneToMany(mappedBy = "bill", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<BillLineEntity> lines = new ArrayList<>();

    protected BillEntity() {
    }

    BillEntity(String supplier, Instant now, String user) {
        super(now, user);
        this.supplier = supplier;
    }

    /** Replaces header and lines; the totals are those of the lines. */
    void apply(String supplierReference, LocalDate date, LocalDate dueDate, String currency, String iban,
            String description, List<InvoiceLine> newLines, InvoiceMath.Totals totals) {
        this.supplierReference = supplierReference;
        this.date = date;
        this.iban = iban;
        this.description = description;
        applyTotals(dueDate, currency, totals);
        lines.clear();
        for (InvoiceLine line : newLines) {
            lines.add(new BillLineEntity(this, line));
        }
    }

    void posted(String number, long journalEntry, Instant at) {
        this.number = number;
        markPosted(journalEntry, at, InvoiceStatus.POSTED);
    }

    @Override
    public String describe() {
        return "bill " + id;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String supplier() {
        return supplier;
    }

    public String supplierReference() {
        return supplierReference;
    }

    LocalDate date() {
        return date;
    }

    String iban() {
        return iban;
    }

    String description() {
        return description;
    }

    List<InvoiceLine> lines() {
        return lines.stream().sorted(Comparator.comparingInt(BillLineEntity::lineNo))
                .map(l -> l.toLine(currency())).toList();
    }

    Bill toBill() {
        List<InvoiceLine> current = lines();
        String currency = currency();
        return new Bill(id, number, status(), supplier, supplierReference, date, dueDate(), currency, iban,
                description, current, InvoiceMath.totals(current, currency).taxes(), Money.display(net(), currency),
                Money.display(tax(), currency), Money.display(gross(), currency), Money.display(open(), currency),
                journalEntry(), version());
    }
}
