package org.backoffice.finance.impl.payables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.payables.PaymentRun;
import org.backoffice.finance.api.payables.PaymentRunItem;
import org.backoffice.finance.api.payables.PaymentRunStatus;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.AuthoredRow;

/** Table FIN_PAYMENT_RUN: a proposal of bills to pay, then the record of its execution. */
@Entity
@Table(name = "FIN_PAYMENT_RUN")
public class PaymentRunEntity extends AuthoredRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_PAYMENT_RUN_IDS")
    @TableGenerator(name = "FIN_PAYMENT_RUN_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PAYMENT_RUN", allocationSize = 20)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 15, nullable = false)
    private PaymentRunStatus status;

    @Column(name = "DUE_BY", nullable = false)
    private LocalDate dueBy;

    @Column(name = "SUPPLIER_CODE", length = 40)
    private String supplier;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "PAYMENT_DATE", nullable = false)
    private LocalDate paymentDate;

    @Column(name = "BANK_ACCOUNT", length = 20, nullable = false)
    private String bankAccount;

    @Convert(converter = UtcInstant.class)
    @Column(name = "EXECUTED_AT")
    private Instant executedAt;

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PaymentRunItemEntity> items = new ArrayList<>();

    protected PaymentRunEntity() {
    }

    PaymentRunEntity(LocalDate dueBy, String supplier, String currency, LocalDate paymentDate, String bankAccount,
            Instant now, String user) {
        super(now, user);
        this.status = PaymentRunStatus.PROPOSED;
        this.dueBy = dueBy;
        this.supplier = supplier;
        this.currency = currency;
        this.paymentDate = paymentDate;
        this.bankAccount = bankAccount;
    }

    void add(BillEntity bill) {
        items.add(new PaymentRunItemEntity(this, bill));
    }

    /** Removes the bill's item; false when the run has none. */
    boolean exclude(long bill) {
        return items.removeIf(item -> item.bill() == bill);
    }

    void cancelled() {
        status = PaymentRunStatus.CANCELLED;
    }

    void executed(Instant at) {
        status = PaymentRunStatus.EXECUTED;
        executedAt = at;
    }

    Long id() {
        return id;
    }

    PaymentRunStatus status() {
        return status;
    }

    String currency() {
        return currency;
    }

    LocalDate paymentDate() {
        return paymentDate;
    }

    String bankAccount() {
        return bankAccount;
    }

    Instant executedAt() {
        return executedAt;
    }

    /** In supplier, due date, bill order: the order payments and files are written in. */
    List<PaymentRunItemEntity> items() {
        return items.stream().sorted(Comparator.comparing(PaymentRunItemEntity::supplier)
                .thenComparing(PaymentRunItemEntity::dueDate).thenComparingLong(PaymentRunItemEntity::bill))
                .toList();
    }

    PaymentRun toRun() {
        List<PaymentRunItem> shown = items().stream().map(i -> i.toItem(currency)).toList();
        BigDecimal total = shown.stream().map(PaymentRunItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Long> payments = shown.stream().map(PaymentRunItem::payment).filter(Objects::nonNull).distinct()
                .toList();
        return new PaymentRun(id, status, dueBy, supplier, currency, paymentDate, bankAccount, shown,
                Money.display(total, currency), payments, createdAt(), executedAt, version());
    }
}
