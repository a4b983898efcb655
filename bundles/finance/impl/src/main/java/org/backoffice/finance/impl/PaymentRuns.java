package org.backoffice.finance.impl;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.PaymentRun;
import org.backoffice.finance.api.PaymentRunDraft;
import org.backoffice.finance.api.PaymentRunStatus;
import org.backoffice.finance.api.SupplierPayment;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.persistence.PagedQuery;

/**
 * Payment runs for {@link PayablesServiceImpl}: proposing (posted bills with an open amount due by a day, dated no
 * later than the payment date, in the run's currency, not already in another proposed run), trimming, executing
 * (one payment per supplier, all of them in one posting transaction) and the pain.001 file of an executed run.
 */
final class PaymentRuns {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final PostingTransactions ledger;
    private final SupplierPayments payments;
    private final Pain001.Debtor company;

    PaymentRuns(JpaTemplate jpa, AuditTrail audit, PostingTransactions ledger, SupplierPayments payments,
            Pain001.Debtor company) {
        this.jpa = jpa;
        this.audit = audit;
        this.ledger = ledger;
        this.payments = payments;
        this.company = company;
    }

    /** {@code draft} is checked and completed (currency, payment date, bank account) by the caller. */
    PaymentRun propose(PaymentRunDraft draft) {
        return Jpa.write(jpa, "Payment run", em -> {
            if (AccountServiceImpl.find(em, draft.bankAccount()).isEmpty()) {
                throw ValidationFailedException.of("bankAccount", "account '" + draft.bankAccount()
                        + "' does not exist");
            }
            PaymentRunEntity run = new PaymentRunEntity(draft.dueBy(), draft.supplier(), draft.currency(),
                    draft.paymentDate(), draft.bankAccount(), Instant.now(), Actor.currentUser());
            selectBills(em, draft).forEach(run::add);
            em.persist(run);
            em.flush();
            PaymentRun proposed = run.toRun();
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_PAYMENT_RUN,
                    Long.toString(proposed.id()), AuditEntry.CREATE, new ChangeSet().created("dueBy", draft.dueBy())
                            .created("bills", proposed.items().size()).created("total", proposed.total())
                            .changes()));
            return proposed;
        });
    }

    static List<BillEntity> selectBills(EntityManager em, PaymentRunDraft draft) {
        String bySupplier = draft.supplier() == null ? "" : " AND b.supplier = :supplier";
        var query = em.createQuery("SELECT b FROM BillEntity b WHERE b.number IS NOT NULL AND b.open > 0"
                + " AND b.dueDate <= :dueBy AND b.date <= :paymentDate AND b.currency = :currency" + bySupplier
                + " AND NOT EXISTS (SELECT i FROM PaymentRunItemEntity i WHERE i.bill = b.id"
                + " AND i.run.status = :proposed) ORDER BY b.supplier, b.dueDate, b.id", BillEntity.class)
                .setParameter("dueBy", draft.dueBy()).setParameter("paymentDate", draft.paymentDate())
                .setParameter("currency", draft.currency()).setParameter("proposed", PaymentRunStatus.PROPOSED);
        if (draft.supplier() != null) {
            query.setParameter("supplier", draft.supplier());
        }
        return query.getResultList();
    }

    PaymentRun require(long id) {
        return Jpa.read(jpa, em -> find(em, id).toRun());
    }

    Page<PaymentRun> find(PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("PaymentRunEntity", "r").page(em, PaymentRunEntity.class,
                "r.id DESC", page, PaymentRunEntity::toRun));
    }

    PaymentRun exclude(long runId, long billId) {
        return Jpa.write(jpa, "Payment run " + runId, em -> {
            PaymentRunEntity run = find(em, runId);
            if (run.status() != PaymentRunStatus.PROPOSED) {
                throw new ConflictProblem("payment run " + runId + " is " + run.status() + "; it cannot change");
            }
            if (!run.exclude(billId)) {
                throw new NotFoundProblem("PaymentRunItem", runId + "/" + billId);
            }
            em.flush();
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_PAYMENT_RUN,
                    Long.toString(runId), "EXCLUDE", new ChangeSet().created("bill", billId).changes()));
            return run.toRun();
        });
    }

    PaymentRun execute(long id) {
        return ledger.inPostingTransaction(tx -> {
            EntityManager em = tx.em();
            PaymentRunEntity run = find(em, id);
            if (run.status() == PaymentRunStatus.EXECUTED) {
                throw new ConflictProblem("payment run " + id + " is already executed");
            }
            List<PaymentRunItemEntity> items = run.items();
            if (items.isEmpty()) {
                throw ValidationFailedException.of("items", "empty run: payment run " + id + " has no bills to pay");
            }
            // one order per supplier; everything is checked before the first number is taken
            Map<String, List<PaymentRunItemEntity>> bySupplier = items.stream().collect(Collectors.groupingBy(
                    PaymentRunItemEntity::supplier, LinkedHashMap::new, Collectors.toList()));
            List<SupplierPayments.Order> orders = new ArrayList<>();
            List<LedgerTransaction.Checked> checked = new ArrayList<>();
            List<Map<Long, BillEntity>> bills = new ArrayList<>();
            for (Map.Entry<String, List<PaymentRunItemEntity>> supplier : bySupplier.entrySet()) {
                List<Allocations.Part> parts = supplier.getValue().stream()
                        .map(i -> new Allocations.Part(i.bill(), i.amount())).toList();
                BigDecimal total = parts.stream().map(Allocations.Part::amount).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
                SupplierPayments.Order order = new SupplierPayments.Order(supplier.getKey(), run.paymentDate(), total,
                        run.currency(), run.bankAccount(), "Payment run " + id + ": " + supplier.getValue().stream()
                                .map(PaymentRunItemEntity::supplierReference).collect(Collectors.joining(", ")),
                        run.id(), parts);
                Map<Long, BillEntity> found = SupplierPayments.bills(em, parts);
                requireStillOpen(id, supplier.getValue(), found);
                orders.add(order);
                bills.add(found);
                checked.add(payments.check(tx, order, found, "items"));
            }
            for (int i = 0; i < orders.size(); i++) {
                SupplierPaymentEntity payment = payments.store(tx, orders.get(i), checked.get(i), bills.get(i));
                bySupplier.get(orders.get(i).supplier()).forEach(item -> item.paidBy(payment.id()));
            }
            run.executed(Instant.now());
            em.flush();
            tx.wrote(1);
            PaymentRun executed = run.toRun();
            tx.audit(FinanceModule.ENTITY_PAYMENT_RUN, Long.toString(id), "EXECUTE", new ChangeSet()
                    .compare("status", PaymentRunStatus.PROPOSED, PaymentRunStatus.EXECUTED)
                    .created("payments", executed.payments().size()).created("total", executed.total()));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("id", id);
            payload.put("payments", executed.payments());
            payload.put("total", executed.total());
            payload.put("currency", executed.currency());
            tx.event(FinanceModule.TOPIC_PAYMENT_RUN_EXECUTED, "PAYRUN-" + id, payload);
            return executed;
        });
    }

    /** A bill paid, changed or gone since the proposal makes the run stale: the user re-proposes or excludes. */
    private static void requireStillOpen(long runId, List<PaymentRunItemEntity> items, Map<Long, BillEntity> bills) {
        for (PaymentRunItemEntity item : items) {
            BillEntity bill = bills.get(item.bill());
            if (bill == null || bill.open().compareTo(item.amount()) != 0) {
                throw new ConflictProblem("bill " + item.bill() + " of payment run " + runId + " no longer has "
                        + "the open amount proposed; exclude it or propose a new run");
            }
        }
    }

    /** The payments of an executed run with the supplier names to write, as a pain.001 message. */
    String pain001(long id, Function<String, String> supplierName) {
        return Jpa.read(jpa, em -> {
            PaymentRunEntity run = find(em, id);
            List<PaymentRunItemEntity> items = run.items();
            if (items.isEmpty()) {
                throw ValidationFailedException.of("items", "empty run: payment run " + id
                        + " has no bills, so there is nothing to transfer");
            }
            if (run.status() != PaymentRunStatus.EXECUTED) {
                throw new ConflictProblem("payment run " + id + " is " + run.status()
                        + "; execute it before exporting the transfers");
            }
            List<SupplierPayment> made = SupplierPayments.toPayments(em, em.createQuery("SELECT p FROM"
                    + " SupplierPaymentEntity p WHERE p.paymentRun = :run ORDER BY p.number",
                    SupplierPaymentEntity.class).setParameter("run", id).getResultList());
            List<Pain001.Transfer> transfers = made.stream().map(p -> new Pain001.Transfer(p.number(), p.amount(),
                    supplierName.apply(p.supplier()), items.stream().filter(i -> i.supplier().equals(p.supplier()))
                            .map(PaymentRunItemEntity::iban).filter(Objects::nonNull).findFirst().orElse(null),
                    p.allocations().stream().map(a -> a.supplierReference()).collect(Collectors.joining(", "))))
                    .toList();
            return Pain001.write(new Pain001.Message("PAYRUN-" + id, run.executedAt(), "PAYRUN-" + id + "-1",
                    run.paymentDate(), run.currency(), company, transfers));
        });
    }

    private static PaymentRunEntity find(EntityManager em, long id) {
        PaymentRunEntity run = em.find(PaymentRunEntity.class, id);
        if (run == null) {
            throw new NotFoundProblem(FinanceModule.ENTITY_PAYMENT_RUN, Long.toString(id));
        }
        return run;
    }
}
