package org.backoffice.finance.impl.payables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.payables.PaymentRun;
import org.backoffice.finance.api.payables.PaymentRunDraft;
import org.backoffice.finance.api.payables.PaymentRunItem;
import org.backoffice.finance.api.payables.PaymentRunStatus;
import org.backoffice.finance.api.payables.SupplierPayment;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.PartnerRoles;
import org.backoffice.finance.impl.document.Allocations;
import org.backoffice.finance.impl.ledger.JpaAccountService;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.ledger.PostingTransactions;
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
 * Payment runs for {@link JpaPayablesService}: proposing (posted bills with an open amount due by a day, dated no
 * later than the payment date, in the run's currency), trimming, executing
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
            if (JpaAccountService.find(em, draft.bankAccount()).isEmpty()) {
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

    /** The bills a run selects, in supplier, due date, id order; those another PROPOSED run holds are left out. */
    static List<BillEntity> selectBills(EntityManager em, PaymentRunDraft draft) {
        return select(draft, em.createQuery("SELECT b FROM BillEntity b WHERE b.number IS NOT NULL AND b.open > 0"
                + " AND b.dueDate <= :dueBy AND NOT EXISTS (SELECT i FROM PaymentRunItemEntity i WHERE i.bill = b.id"
                + " AND i.run.status = :proposed) ORDER BY b.supplier, b.dueDate, b.id", BillEntity.class)
                .setParameter("dueBy", draft.dueBy()).setParameter("proposed", PaymentRunStatus.PROPOSED)
                .getResultList());
    }

    /**
     * The selection rule: posted bills with an open amount, due on or before {@code dueBy}, dated no later than the
     * payment date (a bill cannot be paid before it was issued), in the run's currency, of the run's supplier if it
     * names one. A bill held by another PROPOSED run is not selected (the query leaves it out); two proposals made
     * at the same moment may still share one, and then the first executed pays it and the other fails as stale (409).
     */
    static List<BillEntity> select(PaymentRunDraft draft, List<BillEntity> bills) {
        return bills.stream().filter(b -> b.number() != null && b.open().signum() > 0
                && !b.dueDate().isAfter(draft.dueBy()) && !b.date().isAfter(draft.paymentDate())
                && b.currency().equals(draft.currency())
                && (draft.supplier() == null || draft.supplier().equals(b.supplier()))).toList();
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

    PaymentRun cancel(long id) {
        return Jpa.write(jpa, "Payment run " + id, em -> {
            PaymentRunEntity run = find(em, id);
            if (run.status() != PaymentRunStatus.PROPOSED) {
                throw new ConflictProblem("payment run " + id + " is " + run.status() + "; only a proposed run can be"
                        + " cancelled");
            }
            run.cancelled();
            em.flush();
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_PAYMENT_RUN, Long.toString(id),
                    "CANCEL", new ChangeSet().compare("status", PaymentRunStatus.PROPOSED, PaymentRunStatus.CANCELLED)
                            .changes()));
            return run.toRun();
        });
    }

    PaymentRun execute(long id) {
        return ledger.inPostingTransaction(tx -> {
            EntityManager em = tx.em();
            PaymentRunEntity run = find(em, id);
            if (run.status() != PaymentRunStatus.PROPOSED) {
                throw new ConflictProblem("payment run " + id + " is " + (run.status() == PaymentRunStatus.EXECUTED
                        ? "already executed" : run.status()));
            }
            List<PaymentRunItemEntity> items = run.items();
            if (items.isEmpty()) {
                throw ValidationFailedException.of("items", "empty run: payment run " + id + " has no bills to pay");
            }
            // one order per supplier; everything is checked before the first number is taken
            List<SupplierPayments.Order> orders = orders(run.id(), run.paymentDate(), run.currency(),
                    run.bankAccount(), items.stream().map(i -> i.toItem(run.currency())).toList());
            List<LedgerTransaction.Checked> checked = new ArrayList<>();
            List<Map<Long, BillEntity>> bills = new ArrayList<>();
            for (SupplierPayments.Order order : orders) {
                Map<Long, BillEntity> found = SupplierPayments.bills(em, order.allocations());
                requireStillOpen(id, order.allocations(), found);
                bills.add(found);
                checked.add(payments.check(tx, order, found, "items"));
            }
            for (int i = 0; i < orders.size(); i++) {
                SupplierPaymentEntity payment = payments.store(tx, orders.get(i), checked.get(i), bills.get(i));
                String supplier = orders.get(i).supplier();
                items.stream().filter(item -> item.supplier().equals(supplier))
                        .forEach(item -> item.paidBy(payment.id()));
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

    /**
     * The payments of a run: one per supplier (in the items' order) paying the sum of its items, each item
     * allocated in full, referenced by the supplier references.
     */
    static List<SupplierPayments.Order> orders(long runId, LocalDate date, String currency, String bankAccount,
            List<PaymentRunItem> items) {
        Map<String, List<PaymentRunItem>> bySupplier = items.stream().collect(Collectors.groupingBy(
                PaymentRunItem::supplier, LinkedHashMap::new, Collectors.toList()));
        List<SupplierPayments.Order> orders = new ArrayList<>();
        bySupplier.forEach((supplier, own) -> {
            List<Allocations.Part> parts = own.stream().map(i -> new Allocations.Part(i.bill(), i.amount()))
                    .toList();
            BigDecimal total = parts.stream().map(Allocations.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            orders.add(new SupplierPayments.Order(supplier, date, total, currency, bankAccount, "Payment run "
                    + runId + ": " + own.stream().map(PaymentRunItem::supplierReference)
                            .collect(Collectors.joining(", ")), runId, parts));
        });
        return orders;
    }

    /** A bill paid, changed or gone since the proposal makes the run stale: the user re-proposes or excludes. */
    private static void requireStillOpen(long runId, List<Allocations.Part> parts, Map<Long, BillEntity> bills) {
        for (Allocations.Part part : parts) {
            BillEntity bill = bills.get(part.document());
            if (bill == null || bill.open().compareTo(part.amount()) != 0) {
                throw new ConflictProblem("bill " + part.document() + " of payment run " + runId + " no longer has"
                        + " the open amount proposed; exclude it or propose a new run");
            }
        }
    }

    /**
     * The payments of an executed run as a pain.001 message. {@code suppliers} tells the partners module's name to
     * write (else the code) and the supplier's own IBAN for those whose bills named none.
     */
    String pain001(long id, Function<String, Optional<PartnerRoles.Party>> suppliers) {
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
            List<Pain001.Transfer> transfers = new ArrayList<>(made.size());
            for (SupplierPayment p : made) {
                Optional<PartnerRoles.Party> party = suppliers.apply(p.supplier());
                String iban = items.stream().filter(i -> i.supplier().equals(p.supplier()))
                        .map(PaymentRunItemEntity::iban).filter(Objects::nonNull).findFirst()
                        .orElse(party.map(PartnerRoles.Party::iban).orElse(null));
                transfers.add(new Pain001.Transfer(p.number(), p.amount(), party.map(PartnerRoles.Party::name)
                        .orElse(p.supplier()), iban, p.allocations().stream().map(a -> a.supplierReference())
                                .collect(Collectors.joining(", "))));
            }
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
