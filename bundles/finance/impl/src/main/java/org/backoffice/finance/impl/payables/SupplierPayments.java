package org.backoffice.finance.impl.payables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.payables.BillAllocation;
import org.backoffice.finance.api.payables.SupplierPayment;
import org.backoffice.finance.impl.document.Allocations;
import org.backoffice.finance.impl.document.ExchangeDifferences;
import org.backoffice.finance.impl.ledger.JpaAccountService;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.Validator;

/**
 * Writing supplier payments inside a posting transaction, for manual payments and payment runs alike: the journal
 * entry (debit payables with the supplier, credit the bank), the payment row, its allocations and the bills' open
 * amounts. Callers check first ({@link #check}), then {@link #store} what passed.
 */
final class SupplierPayments {

    static final String SOURCE = "AP";

    /** A payment to make: what the api's draft or a run's supplier group says. */
    record Order(String supplier, LocalDate date, BigDecimal amount, String currency, String bankAccount,
            String reference, Long paymentRun, List<Allocations.Part> allocations) {
    }

    private final String baseCurrency;
    private final String payablesAccount;
    private final ExchangeDifferences exchange;

    SupplierPayments(String baseCurrency, String payablesAccount, ExchangeDifferences exchange) {
        this.baseCurrency = baseCurrency;
        this.payablesAccount = payablesAccount;
        this.exchange = exchange;
    }

    /** The posted bills an order allocates to, by id (missing ids are left out: they do not exist). */
    static Map<Long, BillEntity> bills(EntityManager em, List<Allocations.Part> allocations) {
        Map<Long, BillEntity> found = new HashMap<>();
        for (Allocations.Part a : allocations) {
            BillEntity bill = em.find(BillEntity.class, a.document());
            if (bill != null) {
                found.put(a.document(), bill);
            }
        }
        return found;
    }

    /**
     * Checks the order's bank account and allocations (field names under {@code field}, e.g. {@code allocations})
     * and its journal entry against the ledger (open period, accounts); writes nothing.
     */
    LedgerTransaction.Checked check(LedgerTransaction tx, Order order, Map<Long, BillEntity> bills, String field) {
        Validator v = new Validator();
        if (JpaAccountService.find(tx.em(), order.bankAccount()).isEmpty()) {
            v.reject("bankAccount", "account '" + order.bankAccount() + "' does not exist");
        }
        Map<Long, Allocations.Target> targets = new HashMap<>();
        bills.forEach((id, b) -> targets.put(id, new Allocations.Target(id, b.supplier(), b.currency(), b.status(),
                b.date(), b.open())));
        Allocations.check(v, field, Allocations.BILLS, order.supplier(), order.currency(), order.date(),
                order.amount(), order.allocations(), targets);
        v.throwIfInvalid();
        String foreign = order.currency().equals(baseCurrency) ? null : order.currency();
        return tx.check(new JournalEntryDraft(order.date(), "Payment to " + order.supplier(), order.reference(),
                SOURCE, null, true, List.of(
                        new JournalLineDraft(payablesAccount, order.amount(), null, foreign, order.supplier(),
                                "supplier payment"),
                        new JournalLineDraft(order.bankAccount(), null, order.amount(), foreign, null,
                                "supplier payment"))));
    }

    /** Numbers and posts a checked order, stores the payment and applies its allocations. */
    SupplierPaymentEntity store(LedgerTransaction tx, Order order, LedgerTransaction.Checked checked,
            Map<Long, BillEntity> bills) {
        EntityManager em = tx.em();
        String number = tx.nextNumber(LedgerTransaction.SUPPLIER_PAYMENT, order.date());
        JournalEntry entry = tx.post(checked, number);
        Instant now = Instant.now();
        SupplierPaymentEntity payment = new SupplierPaymentEntity(number, order.supplier(), order.date(),
                order.amount(), order.currency(), order.bankAccount(), order.reference(), entry.id(),
                order.paymentRun(), now, tx.user());
        em.persist(payment);
        em.flush();
        for (Allocations.Part a : order.allocations()) {
            BillEntity bill = bills.get(a.document());
            InvoiceStatus before = bill.status();
            if (!exchange.none(order.currency())) { // the payment takes its part of the bill off at its rate
                exchange.post(tx, order.date(), payablesAccount, bill.supplier(), false, exchange.part(
                        ExchangeDifferences.rate(em, bill.journalEntry(), payablesAccount),
                        bill.gross().subtract(bill.open()), a.amount()), exchange.part(ExchangeDifferences.rate(
                                entry.lines(), payablesAccount), payment.amount().subtract(payment.unallocated()),
                                a.amount()), "Exchange difference " + bill.number() + " / " + number, SOURCE, number);
            }
            em.persist(new BillAllocationEntity(payment.id(), bill.id(), a.amount(), order.date(), now));
            bill.settle(a.amount());
            payment.allocated(a.amount());
            tx.audit(FinanceModule.ENTITY_BILL, Long.toString(bill.id()), "ALLOCATE", Allocations.allocated(before,
                    bill.status(), a.amount(), order.currency(), number));
        }
        em.flush();
        tx.wrote(1 + order.allocations().size() * 2);
        tx.audit(FinanceModule.ENTITY_SUPPLIER_PAYMENT, Long.toString(payment.id()), AuditEntry.CREATE,
                Allocations.settlementCreated("payment", number, "to", order.supplier(), order.amount(),
                        order.currency()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", payment.id());
        payload.put("number", number);
        payload.put("supplier", order.supplier());
        payload.put("amount", Money.display(order.amount(), order.currency()));
        payload.put("currency", order.currency());
        tx.event(FinanceModule.TOPIC_SUPPLIER_PAYMENT_RECORDED, number, payload);
        return payment;
    }

    /** The api view of payments with their allocations, in the given order. */
    static List<SupplierPayment> toPayments(EntityManager em, List<SupplierPaymentEntity> payments) {
        if (payments.isEmpty()) {
            return List.of();
        }
        Map<Long, List<BillAllocation>> allocations = new HashMap<>();
        List<Object[]> rows = em.createQuery("SELECT a, b.number, b.supplierReference, b.currency"
                + " FROM BillAllocationEntity a, BillEntity b WHERE b.id = a.bill AND a.payment IN :ids"
                + " ORDER BY a.id", Object[].class)
                .setParameter("ids", payments.stream().map(SupplierPaymentEntity::id).toList()).getResultList();
        for (Object[] row : rows) {
            BillAllocationEntity a = (BillAllocationEntity) row[0];
            allocations.computeIfAbsent(a.payment(), p -> new ArrayList<>()).add(new BillAllocation(a.bill(),
                    (String) row[1], (String) row[2], Money.display(a.amount(), (String) row[3]), a.date()));
        }
        return payments.stream().map(p -> new SupplierPayment(p.id(), p.number(), p.supplier(), p.date(),
                Money.display(p.amount(), p.currency()), p.currency(), p.bankAccount(), p.reference(),
                allocations.getOrDefault(p.id(), List.of()), Money.display(p.unallocated(), p.currency()),
                p.journalEntry(), p.paymentRun())).toList();
    }
}
