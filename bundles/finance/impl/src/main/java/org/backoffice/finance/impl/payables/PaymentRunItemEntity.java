package org.backoffice.finance.impl.payables;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.payables.PaymentRunItem;
import org.backoffice.platform.api.Money;

/**
 * Table FIN_PAYMENT_RUN_ITEM: a bill in a payment run with the amount to pay (its open amount when proposed) and,
 * once executed, the payment that paid it. Bill facts are copied so that the run reads as it was.
 */
@Entity
@Table(name = "FIN_PAYMENT_RUN_ITEM")
public class PaymentRunItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_PAYMENT_RUN_ITEM_IDS")
    @TableGenerator(name = "FIN_PAYMENT_RUN_ITEM_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PAYMENT_RUN_ITEM", allocationSize = 100)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "RUN_ID", nullable = false)
    private PaymentRunEntity run;

    @Column(name = "BILL_ID", nullable = false)
    private long bill;

    @Column(name = "BILL_NUMBER", length = 20, nullable = false)
    private String billNumber;

    @Column(name = "SUPPLIER_CODE", length = 40, nullable = false)
    private String supplier;

    @Column(name = "SUPPLIER_REF", length = 60, nullable = false)
    private String supplierReference;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "AMOUNT", precision = 19, scale = 4, nullable = false)
    private BigDecimal amount;

    @Column(name = "IBAN", length = 34)
    private String iban;

    @Column(name = "PAYMENT_ID")
    private Long payment;

    protected PaymentRunItemEntity() {
    }

    PaymentRunItemEntity(PaymentRunEntity run, BillEntity bill) {
        this.run = run;
        this.bill = bill.id();
        this.billNumber = bill.number();
        this.supplier = bill.supplier();
        this.supplierReference = bill.supplierReference();
        this.dueDate = bill.dueDate();
        this.amount = bill.open();
        this.iban = bill.iban();
    }

    void paidBy(long paymentId) {
        this.payment = paymentId;
    }

    long bill() {
        return bill;
    }

    String supplier() {
        return supplier;
    }

    String supplierReference() {
        return supplierReference;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    BigDecimal amount() {
        return amount;
    }

    String iban() {
        return iban;
    }

    Long payment() {
        return payment;
    }

    PaymentRunItem toItem(String currency) {
        return new PaymentRunItem(bill, billNumber, supplier, supplierReference, dueDate,
                Money.display(amount, currency), iban, payment);
    }
}
