package org.backoffice.finance.impl.payables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.document.AgingReport;
import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.document.TaxCodeService;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.payables.Bill;
import org.backoffice.finance.api.payables.BillDraft;
import org.backoffice.finance.api.payables.BillQuery;
import org.backoffice.finance.api.payables.PayablesService;
import org.backoffice.finance.api.payables.PaymentRun;
import org.backoffice.finance.api.payables.PaymentRunDraft;
import org.backoffice.finance.api.payables.SupplierPayment;
import org.backoffice.finance.api.payables.SupplierPaymentDraft;
import org.backoffice.finance.impl.FinanceConfig;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.PartnerRoles;
import org.backoffice.finance.impl.document.AgingQuery;
import org.backoffice.finance.impl.document.Allocations;
import org.backoffice.finance.impl.document.DefaultTaxCodes;
import org.backoffice.finance.impl.document.DocumentConfig;
import org.backoffice.finance.impl.document.DocumentDefaults;
import org.backoffice.finance.impl.document.DocumentLines;
import org.backoffice.finance.impl.document.InvoiceMath;
import org.backoffice.finance.impl.document.JpaTaxCodeService;
import org.backoffice.finance.impl.document.TaxCodeEntity;
import org.backoffice.finance.impl.ledger.LedgerConfig;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.ledger.PostingTransactions;
import org.backoffice.finance.impl.receivables.JpaReceivablesService;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Payables on JPA, the mirror of {@link JpaReceivablesService}: drafts are plain transactions; posting a bill,
 * paying and executing a payment run run on the ledger's posting writer inside the group transaction that stores
 * their journal entries, so documents and entries commit together or not at all and numbers stay gapless.
 */
@Component(service = {PayablesService.class, PaymentPosting.class}, configurationPid = FinanceConfig.PID)
public final class JpaPayablesService implements PayablesService, PaymentPosting {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final PostingTransactions ledger;
    private final DefaultTaxCodes taxCodes;
    private final DocumentDefaults defaults;
    private final String payablesAccount;
    private final String purchasesAccount;
    private final SupplierPayments payments;
    private final PaymentRuns runs;

    /** The partners module's directory while it is installed (see {@link PartnerRoles}); null without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PartnerService partners;

    @Activate
    public JpaPayablesService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference PostingTransactions ledger, @Reference TaxCodeService taxCodes, LedgerConfig ledgerConfig,
            DocumentConfig documentConfig, PayablesConfig payablesConfig) {
        this.jpa = jpa;
        this.audit = audit;
        this.ledger = ledger;
        this.taxCodes = new DefaultTaxCodes(taxCodes);
        this.defaults = new DocumentDefaults(ledgerConfig.baseCurrency(), documentConfig);
        this.payablesAccount = payablesConfig.payablesAccount();
        this.purchasesAccount = payablesConfig.purchasesAccount();
        this.payments = new SupplierPayments(defaults.baseCurrency(), payablesAccount,
                defaults.exchangeDifferences());
        this.runs = new PaymentRuns(jpa, audit, ledger, payments, new Pain001.Debtor(payablesConfig.companyName(),
                payablesConfig.companyIban(), payablesConfig.companyBic()));
    }

    // ---------------------------------------------------------------- bills

    @Override
    public Bill createBill(BillDraft draft) {
        BillRules.checkBillShape(draft);
        taxCodes.ensure();
        LocalDate due = dueDate(draft);
        String currency = defaults.currency(draft.currency());
        try {
            return Jpa.write(jpa, "Bill", em -> {
                requireUniqueReference(em, draft, null);
                List<InvoiceLine> lines = DocumentLines.resolve(em, draft.lines(), currency, "lines",
                        purchasesAccount);
                BillEntity bill = new BillEntity(draft.supplier(), Instant.now(), Actor.currentUser());
                bill.apply(draft.supplierReference(), draft.date(), due, currency, draft.iban(), draft.description(),
                        lines, InvoiceMath.totals(lines, currency));
                em.persist(bill);
                em.flush();
                Bill created = bill.toBill();
                audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_BILL,
                        Long.toString(created.id()), AuditEntry.CREATE, new ChangeSet()
                                .created("supplier", created.supplier())
                                .created("supplierReference", created.supplierReference())
                                .created("date", created.date()).created("gross", created.gross()).changes()));
                return created;
            });
        } catch (ConflictProblem race) {
            // the unique key caught a concurrent save of the same supplier reference: answer as the check would
            Jpa.read(jpa, em -> {
                requireUniqueReference(em, draft, null);
                return null;
            });
            throw race;
        }
    }

    @Override
    public Bill updateBill(long id, BillDraft draft) {
        if (draft.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        BillRules.checkBillShape(draft);
        taxCodes.ensure();
        LocalDate due = dueDate(draft);
        String currency = defaults.currency(draft.currency());
        return Jpa.write(jpa, "Bill " + id, em -> {
            BillEntity bill = findBill(em, id);
            bill.requireChangeableDraft("bill", FinanceModule.ENTITY_BILL, id, draft.version(), "supplier",
                    bill.supplier(), draft.supplier());
            requireUniqueReference(em, draft, id);
            List<InvoiceLine> lines = DocumentLines.resolve(em, draft.lines(), currency, "lines", purchasesAccount);
            Bill before = bill.toBill();
            bill.apply(draft.supplierReference(), draft.date(), due, currency, draft.iban(), draft.description(),
                    lines, InvoiceMath.totals(lines, currency));
            em.flush();
            Bill after = bill.toBill();
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_BILL, Long.toString(id),
                    AuditEntry.UPDATE, new ChangeSet()
                            .compare("supplierReference", before.supplierReference(), after.supplierReference())
                            .compare("date", before.date(), after.date())
                            .compare("dueDate", before.dueDate(), after.dueDate())
                            .compare("currency", before.currency(), after.currency())
                            .compare("iban", before.iban(), after.iban())
                            .compare("gross", before.gross(), after.gross()).changes()));
            return after;
        });
    }

    @Override
    public Optional<Bill> getBill(long id) {
        return Jpa.read(jpa, em -> Optional.ofNullable(em.find(BillEntity.class, id)).map(BillEntity::toBill));
    }

    @Override
    public Bill requireBill(long id) {
        return getBill(id).orElseThrow(() -> new NotFoundProblem(FinanceModule.ENTITY_BILL, Long.toString(id)));
    }

    @Override
    public Page<Bill> findBills(BillQuery query, PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("BillEntity", "b").equal("b.supplier", query.supplier())
                .equal("b.status", query.status())
                .where("b.number IS NOT NULL AND b.open > 0 AND b.dueDate < :value", query.overdueOn())
                .where("b.number IS NOT NULL AND b.open > 0 AND b.dueDate <= :value", query.dueBy())
                .page(em, BillEntity.class, "b.date DESC, b.id DESC", page, BillEntity::toBill));
    }

    @Override
    public Bill postBill(long id) {
        return ledger.inPostingTransaction(tx -> {
            EntityManager em = tx.em();
            BillEntity bill = findBill(em, id);
            bill.requirePostable("bill", id, bill.number());
            List<InvoiceLine> lines = bill.lines();
            InvoiceMath.Totals totals = InvoiceMath.totals(lines, bill.currency());
            List<JournalLineDraft> journal = BillRules.journal(lines, totals, code -> JpaTaxCodeService.find(em, code)
                    .map(TaxCodeEntity::inputAccount).orElse(null), payablesAccount, bill.supplier(),
                    bill.supplierReference(),
                    defaults.foreign(bill.currency()));
            LedgerTransaction.Checked checked = tx.check(new JournalEntryDraft(bill.date(), "Bill from "
                    + bill.supplier() + " " + bill.supplierReference(), bill.supplierReference(),
                    SupplierPayments.SOURCE, null, true, journal));
            String number = tx.nextNumber(LedgerTransaction.BILL, bill.date());
            JournalEntry entry = tx.post(checked, number);
            bill.posted(number, entry.id(), Instant.now());
            em.flush();
            tx.wrote(1);
            tx.audit(FinanceModule.ENTITY_BILL, Long.toString(id), "POST", new ChangeSet()
                    .compare("status", InvoiceStatus.DRAFT, InvoiceStatus.POSTED).created("number", number)
                    .created("journalEntry", entry.id()));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("id", bill.id());
            payload.put("number", number);
            payload.put("supplier", bill.supplier());
            payload.put("supplierReference", bill.supplierReference());
            payload.put("date", bill.date().toString());
            payload.put("gross", Money.display(bill.gross(), bill.currency()));
            payload.put("currency", bill.currency());
            tx.event(FinanceModule.TOPIC_BILL_POSTED, number, payload);
            return bill.toBill();
        });
    }

    // ---------------------------------------------------------------- payments

    @Override
    public SupplierPayment recordPayment(SupplierPaymentDraft draft) {
        SupplierPayments.Order order = order(draft);
        requireSupplier("supplier", draft.supplier());
        return ledger.inPostingTransaction(tx -> SupplierPayments.toPayments(tx.em(), List.of(store(tx, order)))
                .get(0));
    }

    @Override
    public SupplierPaymentEntity pay(LedgerTransaction tx, SupplierPaymentDraft draft) {
        return store(tx, order(draft));
    }

    /** The draft checked for shape, as an order to pay. */
    private SupplierPayments.Order order(SupplierPaymentDraft draft) {
        String currency = defaults.currency(draft.currency());
        Validator v = new Validator();
        v.requiredText("supplier", draft.supplier(), 40);
        v.required("date", draft.date());
        v.currency("currency", draft.currency());
        if (v.required("amount", draft.amount())) {
            Allocations.checkAmount(v, "amount", draft.amount(), currency);
        }
        v.optionalText("bankAccount", draft.bankAccount(), 20);
        v.optionalText("reference", draft.reference(), 500);
        List<Allocations.Part> allocations = Allocations.ofBills(draft.allocations() == null ? List.of()
                : draft.allocations());
        Allocations.checkShape(v, "allocations", Allocations.BILLS, allocations, currency);
        v.throwIfInvalid();
        return new SupplierPayments.Order(draft.supplier(), draft.date(), draft.amount(), currency,
                defaults.bankAccount(draft.bankAccount()), draft.reference(), null,
                allocations);
    }

    /** Checks the order against the stored bills and the ledger, then posts it. */
    private SupplierPaymentEntity store(LedgerTransaction tx, SupplierPayments.Order order) {
        Map<Long, BillEntity> bills = SupplierPayments.bills(tx.em(), order.allocations());
        LedgerTransaction.Checked checked = payments.check(tx, order, bills, "allocations");
        return payments.store(tx, order, checked, bills);
    }

    @Override
    public SupplierPayment requirePayment(long id) {
        return Jpa.read(jpa, em -> {
            SupplierPaymentEntity payment = em.find(SupplierPaymentEntity.class, id);
            if (payment == null) {
                throw new NotFoundProblem(FinanceModule.ENTITY_SUPPLIER_PAYMENT, Long.toString(id));
            }
            return SupplierPayments.toPayments(em, List.of(payment)).get(0);
        });
    }

    @Override
    public Page<SupplierPayment> findPayments(String supplier, PageRequest page) {
        return Jpa.read(jpa, em -> {
            Page<SupplierPaymentEntity> found = PagedQuery.of("SupplierPaymentEntity", "p")
                    .equal("p.supplier", supplier)
                    .page(em, SupplierPaymentEntity.class, "p.date DESC, p.id DESC", page, p -> p);
            return Page.of(SupplierPayments.toPayments(em, found.items()), found.total(), page);
        });
    }

    // ---------------------------------------------------------------- payment runs

    @Override
    public PaymentRun proposePaymentRun(PaymentRunDraft draft) {
        Validator v = new Validator();
        v.required("dueBy", draft.dueBy());
        v.optionalText("supplier", draft.supplier(), 40);
        v.currency("currency", draft.currency());
        v.optionalText("bankAccount", draft.bankAccount(), 20);
        v.throwIfInvalid();
        String supplier = draft.supplier() == null || draft.supplier().isBlank() ? null : draft.supplier();
        if (supplier != null) {
            requireSupplier("supplier", supplier);
        }
        return runs.propose(new PaymentRunDraft(draft.dueBy(), supplier, defaults.currency(draft.currency()),
                draft.paymentDate() == null ? LocalDate.now() : draft.paymentDate(),
                defaults.bankAccount(draft.bankAccount())));
    }

    @Override
    public PaymentRun requirePaymentRun(long id) {
        return runs.require(id);
    }

    @Override
    public Page<PaymentRun> findPaymentRuns(PageRequest page) {
        return runs.find(page);
    }

    @Override
    public PaymentRun excludeFromPaymentRun(long runId, long billId) {
        return runs.exclude(runId, billId);
    }

    @Override
    public PaymentRun executePaymentRun(long id) {
        return runs.execute(id);
    }

    @Override
    public PaymentRun cancelPaymentRun(long id) {
        return runs.cancel(id);
    }

    @Override
    public String paymentRunPain001(long id) {
        PartnerService directory = partners; // read once: the whole file sees the module or none of it
        return runs.pain001(id, code -> PartnerRoles.party(directory, code));
    }

    // ---------------------------------------------------------------- aging

    @Override
    public AgingReport aging(LocalDate asOf, String currency) {
        Validator v = new Validator();
        v.currency("currency", currency);
        v.throwIfInvalid();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        // posted bills dated on or before the day, less the payments allocated to them up to the day
        return Jpa.read(jpa, em -> new AgingQuery(day, defaults.currency(currency), "b.SUPPLIER_CODE", "b.DUE_DATE",
                "b.CURRENCY")
                .add(em, "b.GROSS", "FIN_BILL b WHERE b.STATUS <> 'DRAFT' AND b.BILL_DATE <= ?", 1)
                .add(em, "a.AMOUNT", "FIN_BILL_ALLOCATION a JOIN FIN_BILL b ON b.ID = a.BILL_ID"
                        + " WHERE a.ALLOC_DATE <= ?", -1)
                .report());
    }

    // ---------------------------------------------------------------- helpers

    /** The supplier's reference names one bill of the supplier ({@code except} the bill being changed). */
    private static void requireUniqueReference(EntityManager em, BillDraft draft, Long except) {
        BillRules.refuseDuplicateReference(draft.supplier(), draft.supplierReference(), except, em.createQuery(
                "SELECT b.id, b.number FROM BillEntity b WHERE b.supplier = :supplier"
                        + " AND b.supplierReference = :reference", Object[].class)
                .setParameter("supplier", draft.supplier()).setParameter("reference", draft.supplierReference())
                .getResultList().stream().map(r -> new BillRules.StoredBill((Long) r[0], (String) r[1])).toList());
    }

    private static BillEntity findBill(EntityManager em, long id) {
        BillEntity bill = em.find(BillEntity.class, id);
        if (bill == null) {
            throw new NotFoundProblem(FinanceModule.ENTITY_BILL, Long.toString(id));
        }
        return bill;
    }

    /** The due date asked for, or from the partner's payment terms, or from the configured default terms. */
    private LocalDate dueDate(BillDraft draft) {
        return defaults.dueDate(draft.date(), draft.dueDate(), requireSupplier("supplier", draft.supplier()));
    }

    private OptionalInt requireSupplier(String field, String code) {
        return PartnerRoles.require(partners, PartnerRoles.Role.SUPPLIER, field, code);
    }
}
