package org.backoffice.finance.impl.payables;

import java.math.BigDecimal;
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


/**
 * Table FIN_SUPPLIER_PAYMENT: money paid to suppliers, manually or by a payment run; {@code UNALLOCATED} is an
 * advance left on it.
 */
@Entity
@Table(name = "FIN_SUPPLIER_PAYMENT", indexes = {
        @Index(name = "FIN_SUPPAY_SUPPLIER_IX", columnList = "SUPPLIER_CODE"),
        @Index(name = "FIN_SUPPAY_RUN_IX", columnList = "PAYMENT_RUN_ID")})
public class SupplierPaymentEntity extends SettlementColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_SUPPLIER_PAYMENT_IDS")
    @TableGenerator(name = "FIN_SUPPLIER_PAYMENT_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "SUPPLIER_PAYMENT", allocationSize = 50)
    private Long id;

    @Column(name = "PAYMENT_NUMBER", length = 20, unique = true, nullable = false)
    private String number;

    @Column(name = "SUPPLIER_CODE", length = 40, nullable = false)
    private String supplier;

    @Column(name = "PAYMENT_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "PAYMENT_RUN_ID")
    private Long paymentRun;

    protected SupplierPaymentEntity() {
    }

    SupplierPaymentEntity(String number, String supplier, LocalDate date, BigDecimal amount, String currency,
            String bankAccount, String reference, long journalEntry, Long paymentRun, Instant now, String user) {
        super(amount, currency, bankAccount, reference, journalEntry, now, user);
        this.number = number;
        this.supplier = supplier;
        this.date = date;
        this.paymentRun = paymentRun;
    }

    @Override
    public String describe() {
        return "payment " + id;
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

    public LocalDate date() {
        return date;
    }

    Long paymentRun() {
        return paymentRun;
    }
}
