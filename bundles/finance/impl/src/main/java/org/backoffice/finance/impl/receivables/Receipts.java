package org.backoffice.finance.impl.receivables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiFunction;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.receivables.Allocation;
import org.backoffice.finance.api.receivables.AllocationDraft;
import org.backoffice.finance.api.receivables.CustomerCredit;
import org.backoffice.finance.api.receivables.Receipt;
import org.backoffice.finance.api.receivables.ReceiptDraft;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.document.Allocations;
import org.backoffice.finance.impl.document.DocumentDefaults;
import org.backoffice.finance.impl.document.ExchangeDifferences;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.ledger.PostingTransactions;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.persistence.PagedQuery;

/**
 * Money received from customers: recorded (with allocations to invoices), allocated later, read back with the
 * allocations and the credit left. The receivables service delegates here; receipts and their allocations are
 * written through the posting writer's JDBC rows, since bank auto-match records thousands in one transaction.
 */
final class Receipts {

    private static final String SOURCE = JpaReceivablesService.SOURCE;

    private final JpaTemplate jpa;
    private final PostingTransactions ledger;
    private final DocumentDefaults defaults;
    private final ExchangeDifferences exchange;
    private final String receivablesAccount;
    /** With the partners module: the customer must exist and be one (field, code); returns its payment terms. */
    private final BiFunction<String, String, OptionalInt> customers;

    Receipts(JpaTemplate jpa, PostingTransactions ledger, DocumentDefaults defaults, ExchangeDifferences exchange,
            String receivablesAccount, BiFunction<String, String, OptionalInt> customers) {
        this.jpa = jpa;
        this.ledger = ledger;
        this.defaults = defaults;
        this.exchange = exchange;
        this.receivablesAccount = receivablesAccount;
        this.customers = customers;
    }

    Receipt record(ReceiptDraft draft) {
        checkReceipt(draft);
        customers.apply("customer", draft.customer());
        return ledger.inPostingTransaction(tx -> {
            ReceiptEntity receipt = post(tx, draft);
            tx.em().flush();
            tx.flushRows(); // the receipt and its allocations are read back below
            return toReceipt(tx.em(), receipt);
        });
    }

    ReceiptEntity receive(LedgerTransaction tx, ReceiptDraft draft) {
        checkReceipt(draft);
        return post(tx, draft);
    }

    private void checkReceipt(ReceiptDraft draft) {
        String currency = defaults.currency(draft.currency());
        Validator v = new Validator();
        v.requiredText("customer", draft.customer(), 40);
        v.required("date", draft.date());
        v.currency("currency", draft.currency());
        if (v.required("amount", draft.amount())) {
            Allocations.checkAmount(v, "amount", draft.amount(), currency);
        }
        v.optionalText("bankAccount", draft.bankAccount(), 20);
        v.optionalText("reference", draft.reference(), 500);
        Allocations.checkShape(v, "allocations", draft.allocations() == null ? List.of() : draft.allocations(),
                currency);
        v.throwIfInvalid();
    }

    /** Checks against the stored data, then posts the receipt and its allocations; does not flush. */
    private ReceiptEntity post(LedgerTransaction tx, ReceiptDraft draft) {
        String currency = defaults.currency(draft.currency());
        String bank = defaults.bankAccount(draft.bankAccount());
        List<AllocationDraft> allocations = draft.allocations() == null ? List.of() : draft.allocations();
        EntityManager em = tx.em();
        Validator checks = new Validator();
        if (!tx.accountExists(bank)) {
            checks.reject("bankAccount", "account '" + bank + "' does not exist");
        }
        Map<Long, InvoiceEntity> invoices = invoices(em, allocations);
        Allocations.check(checks, "allocations", draft.customer(), currency, draft.date(), draft.amount(),
                allocations, targets(invoices));
        checks.throwIfInvalid();
        String foreign = defaults.foreign(currency);
        LedgerTransaction.Checked checked = tx.check(new JournalEntryDraft(draft.date(),
                "Receipt from " + draft.customer(), draft.reference(), SOURCE, null, true, List.of(
                        new JournalLineDraft(bank, draft.amount(), null, foreign, null, "receipt"),
                        new JournalLineDraft(receivablesAccount, null, draft.amount(), foreign,
                                draft.customer(), "receipt"))));
        String number = tx.nextNumber(LedgerTransaction.RECEIPT, draft.date());
        JournalEntry entry = tx.post(checked, number);
        // written through JDBC, not persisted: bank auto-match posts thousands of receipts in one transaction
        ReceiptEntity receipt = new ReceiptEntity(tx.nextId(ReceiptEntity.class), number, draft.customer(),
                draft.date(), draft.amount(), currency, bank, draft.reference(), entry.id(), Instant.now(), tx.user());
        apply(tx, receipt, exchange.none(currency) ? BigDecimal.ONE
                : ExchangeDifferences.rate(entry.lines(), receivablesAccount), draft.date(), allocations, invoices);
        tx.queue(ReceiptEntity.INSERT, ReceiptEntity.COLUMN_TYPES, receipt.insertValues());
        tx.audit(FinanceModule.ENTITY_RECEIPT, Long.toString(receipt.id()), AuditEntry.CREATE,
                Allocations.settlementCreated("receipt", number, "from", draft.customer(), draft.amount(), currency));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", receipt.id());
        payload.put("number", number);
        payload.put("customer", draft.customer());
        payload.put("amount", Money.display(draft.amount(), currency));
        payload.put("currency", currency);
        tx.event(FinanceModule.TOPIC_RECEIPT_RECORDED, number, payload);
        return receipt;
    }

    Receipt allocate(long receiptId, LocalDate date, List<AllocationDraft> allocations) {
        Validator v = new Validator();
        v.check(allocations != null && !allocations.isEmpty(), "allocations", "name at least one invoice");
        v.throwIfInvalid();
        LocalDate day = date == null ? LocalDate.now() : date;
        return ledger.inPostingTransaction(tx -> {
            EntityManager em = tx.em();
            ReceiptEntity receipt = em.find(ReceiptEntity.class, receiptId);
            if (receipt == null) {
                throw new NotFoundProblem(FinanceModule.ENTITY_RECEIPT, Long.toString(receiptId));
            }
            if (day.isBefore(receipt.date())) {
                throw ValidationFailedException.of("date", "is before the receipt date " + receipt.date());
            }
            Validator checks = new Validator();
            Allocations.checkShape(checks, "allocations", allocations, receipt.currency());
            checks.throwIfInvalid();
            Map<Long, InvoiceEntity> invoices = invoices(em, allocations);
            Allocations.check(checks, "allocations", receipt.customer(), receipt.currency(), day,
                    receipt.unallocated(), allocations, targets(invoices));
            checks.throwIfInvalid();
            apply(tx, receipt, exchange.none(receipt.currency()) ? BigDecimal.ONE
                    : ExchangeDifferences.rate(em, receipt.journalEntry(), receivablesAccount), day, allocations,
                    invoices);
            em.flush();
            tx.flushRows();
            return toReceipt(em, receipt);
        });
    }

    /**
     * Stores checked allocations and lowers the open amounts; nothing reaches the ledger (both sides are 1200). Does
     * not flush: the caller does, once.
     */
    private void apply(LedgerTransaction tx, ReceiptEntity receipt, BigDecimal receiptRate, LocalDate date,
            List<AllocationDraft> allocations, Map<Long, InvoiceEntity> invoices) {
        if (allocations.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        for (AllocationDraft a : allocations) {
            InvoiceEntity invoice = invoices.get(a.invoice());
            InvoiceStatus before = invoice.status();
            if (!exchange.none(receipt.currency())) { // the receipt takes its part of the invoice off at its rate
                exchange.post(tx, date, receivablesAccount, invoice.customer(), true, exchange.part(
                        ExchangeDifferences.rate(tx.em(), invoice.journalEntry(), receivablesAccount),
                        invoice.gross().subtract(invoice.open()), a.amount()),
                        exchange.part(receiptRate, receipt.amount().subtract(receipt.unallocated()), a.amount()),
                        "Exchange difference " + invoice.number() + " / " + receipt.number(), SOURCE,
                        receipt.number());
            }
            tx.queue(AllocationEntity.INSERT, AllocationEntity.COLUMN_TYPES, tx.nextId(AllocationEntity.class),
                    receipt.id(), invoice.id(), a.amount(), date, now);
            invoice.settle(a.amount());
            receipt.allocated(a.amount());
            tx.audit(FinanceModule.ENTITY_INVOICE, Long.toString(invoice.id()), "ALLOCATE", Allocations.allocated(
                    before, invoice.status(), a.amount(), receipt.currency(), receipt.number()));
        }
        tx.wrote(allocations.size() + 1); // the invoices and the receipt, flushed by the caller
    }

    Receipt require(long id) {
        return Jpa.read(jpa, em -> {
            ReceiptEntity receipt = em.find(ReceiptEntity.class, id);
            if (receipt == null) {
                throw new NotFoundProblem(FinanceModule.ENTITY_RECEIPT, Long.toString(id));
            }
            return toReceipt(em, receipt);
        });
    }

    Page<Receipt> find(String customer, PageRequest page) {
        return Jpa.read(jpa, em -> {
            Page<ReceiptEntity> found = PagedQuery.of("ReceiptEntity", "r").equal("r.customer", customer)
                    .page(em, ReceiptEntity.class, "r.date DESC, r.id DESC", page, r -> r);
            return Page.of(toReceipts(em, found.items()), found.total(), page);
        });
    }

    CustomerCredit customerCredit(String customer) {
        return Jpa.read(jpa, em -> {
            List<ReceiptEntity> open = em.createQuery("SELECT r FROM ReceiptEntity r WHERE r.customer = :customer"
                    + " AND r.unallocated > 0 ORDER BY r.date, r.id", ReceiptEntity.class)
                    .setParameter("customer", customer).getResultList();
            Map<String, BigDecimal> credit = new TreeMap<>();
            open.forEach(r -> credit.merge(r.currency(), r.unallocated(), BigDecimal::add));
            return new CustomerCredit(customer, credit.entrySet().stream()
                    .map(c -> new CustomerCredit.Amount(c.getKey(), Money.display(c.getValue(), c.getKey())))
                    .toList(), toReceipts(em, open));
        });
    }

    private static Map<Long, InvoiceEntity> invoices(EntityManager em, List<AllocationDraft> allocations) {
        Map<Long, InvoiceEntity> found = new HashMap<>();
        for (AllocationDraft a : allocations) {
            InvoiceEntity invoice = em.find(InvoiceEntity.class, a.invoice());
            if (invoice != null && InvoiceEntity.INVOICE.equals(invoice.docType())) {
                found.put(a.invoice(), invoice);
            }
        }
        return found;
    }

    private static Map<Long, Allocations.Target> targets(Map<Long, InvoiceEntity> invoices) {
        Map<Long, Allocations.Target> targets = new HashMap<>();
        invoices.forEach((id, i) -> targets.put(id, new Allocations.Target(id, i.customer(), i.currency(),
                i.status(), i.date(), i.open())));
        return targets;
    }

    private static Receipt toReceipt(EntityManager em, ReceiptEntity receipt) {
        return toReceipts(em, List.of(receipt)).get(0);
    }

    private static List<Receipt> toReceipts(EntityManager em, List<ReceiptEntity> receipts) {
        if (receipts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Allocation>> allocations = new HashMap<>();
        List<Object[]> rows = em.createQuery("SELECT a, i.number, i.currency FROM AllocationEntity a, InvoiceEntity i"
                + " WHERE i.id = a.invoice AND a.receipt IN :ids ORDER BY a.id", Object[].class)
                .setParameter("ids", receipts.stream().map(ReceiptEntity::id).toList()).getResultList();
        for (Object[] row : rows) {
            AllocationEntity a = (AllocationEntity) row[0];
            allocations.computeIfAbsent(a.receipt(), r -> new ArrayList<>()).add(new Allocation(a.invoice(),
                    (String) row[1], Money.display(a.amount(), (String) row[2]), a.date()));
        }
        return receipts.stream().map(r -> new Receipt(r.id(), r.number(), r.customer(), r.date(),
                Money.display(r.amount(), r.currency()), r.currency(), r.bankAccount(), r.reference(),
                allocations.getOrDefault(r.id(), List.of()), Money.display(r.unallocated(), r.currency()),
                r.journalEntry())).toList();
    }
}
