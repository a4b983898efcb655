package org.backoffice.finance.impl.receivables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.document.AgingReport;
import org.backoffice.finance.api.document.AgingRow;
import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.InvoiceLineDraft;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.document.TaxAmount;
import org.backoffice.finance.api.document.TaxCodeService;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.receivables.Allocation;
import org.backoffice.finance.api.receivables.AllocationDraft;
import org.backoffice.finance.api.receivables.CreditNote;
import org.backoffice.finance.api.receivables.CreditNoteDraft;
import org.backoffice.finance.api.receivables.CustomerCredit;
import org.backoffice.finance.api.receivables.Invoice;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.finance.api.receivables.InvoiceQuery;
import org.backoffice.finance.api.receivables.Receipt;
import org.backoffice.finance.api.receivables.ReceiptDraft;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.finance.impl.FinanceConfig;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.PartnerRoles;
import org.backoffice.finance.impl.document.AgingQuery;
import org.backoffice.finance.impl.document.Allocations;
import org.backoffice.finance.impl.document.DocumentConfig;
import org.backoffice.finance.impl.document.DocumentLines;
import org.backoffice.finance.impl.document.ExchangeDifferences;
import org.backoffice.finance.impl.document.InvoiceMath;
import org.backoffice.finance.impl.document.TaxCodeEntity;
import org.backoffice.finance.impl.ledger.LedgerConfig;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.ledger.PostingTransactions;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Receivables on JPA. Drafts are plain transactions. Whatever changes an open amount or reaches the ledger (posting
 * invoices and credit notes, receipts, allocations) runs on the ledger's posting writer inside the group transaction
 * that stores its journal entry (see {@link LedgerTransaction}): the document and its entry commit together or not
 * at all, numbers stay gapless, and open amounts change on one thread (with versions against other servers).
 */
@Component(service = {ReceivablesService.class, ReceiptPosting.class, InvoicePosting.class},
        configurationPid = FinanceConfig.PID)
public final class JpaReceivablesService implements ReceivablesService, ReceiptPosting, InvoicePosting {

    static final String SOURCE = "AR";

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final PostingTransactions ledger;
    private final BundleContext context;
    private final String baseCurrency;
    private final String receivablesAccount;
    private final String salesAccount;
    private final String bankAccount;
    private final ExchangeDifferences exchange;
    private final int defaultTermsDays;
    private final TaxCodeService taxCodes;
    private volatile boolean taxCodesChecked;

    /**
     * The partners module's directory when it is installed. Held as a reference, not as the service, so that this
     * class never names partners types (see {@link PartnerRoles}).
     */
    @Reference(service = PartnerService.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceReference<?> partners;

    @Activate
    public JpaReceivablesService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference PostingTransactions ledger,
            @Reference TaxCodeService taxCodes, BundleContext context, LedgerConfig ledgerConfig,
            DocumentConfig documentConfig, ReceivablesConfig receivablesConfig) {
        this.jpa = jpa;
        this.audit = audit;
        this.ledger = ledger;
        this.context = context;
        this.baseCurrency = ledgerConfig.baseCurrency();
        this.receivablesAccount = receivablesConfig.receivablesAccount();
        this.salesAccount = receivablesConfig.salesAccount();
        this.bankAccount = documentConfig.bankAccount();
        this.defaultTermsDays = documentConfig.defaultPaymentTermsDays();
        this.taxCodes = taxCodes;
        this.exchange = new ExchangeDifferences(baseCurrency, documentConfig.exchangeDifferenceAccount());
    }

    /** The default tax codes exist before the first document needs them (created on an empty table, once). */
    private void ensureTaxCodes() {
        if (!taxCodesChecked) {
            taxCodes.list();
            taxCodesChecked = true;
        }
    }

    // ---------------------------------------------------------------- invoices

    @Override
    public Invoice createInvoice(InvoiceDraft draft) {
        checkInvoiceShape(draft);
        ensureTaxCodes();
        LocalDate due = dueDate(draft);
        String currency = currencyOf(draft.currency());
        return Jpa.write(jpa, "Invoice", em -> {
            List<InvoiceLine> lines = DocumentLines.resolve(em, draft.lines(), currency, "lines", salesAccount);
            InvoiceEntity invoice = new InvoiceEntity(InvoiceEntity.INVOICE, draft.customer(), Instant.now(),
                    Actor.currentUser());
            invoice.apply(draft.date(), due, currency, draft.reference(), lines, InvoiceMath.totals(lines, currency));
            em.persist(invoice);
            em.flush();
            Invoice created = invoice.toInvoice();
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_INVOICE,
                    Long.toString(created.id()), AuditEntry.CREATE, new ChangeSet().created("customer",
                            created.customer()).created("date", created.date()).created("gross", created.gross())
                            .changes()));
            return created;
        });
    }

    @Override
    public Invoice updateInvoice(long id, InvoiceDraft draft) {
        if (draft.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        checkInvoiceShape(draft);
        ensureTaxCodes();
        LocalDate due = dueDate(draft);
        String currency = currencyOf(draft.currency());
        return Jpa.write(jpa, "Invoice " + id, em -> {
            InvoiceEntity invoice = findInvoice(em, id);
            invoice.requireChangeableDraft("invoice", FinanceModule.ENTITY_INVOICE, id, draft.version(), "customer",
                    invoice.customer(), draft.customer());
            List<InvoiceLine> lines = DocumentLines.resolve(em, draft.lines(), currency, "lines", salesAccount);
            Invoice before = invoice.toInvoice();
            invoice.apply(draft.date(), due, currency, draft.reference(), lines, InvoiceMath.totals(lines, currency));
            em.flush();
            Invoice after = invoice.toInvoice();
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_INVOICE, Long.toString(id),
                    AuditEntry.UPDATE, new ChangeSet().compare("date", before.date(), after.date())
                            .compare("dueDate", before.dueDate(), after.dueDate())
                            .compare("currency", before.currency(), after.currency())
                            .compare("reference", before.reference(), after.reference())
                            .compare("gross", before.gross(), after.gross()).changes()));
            return after;
        });
    }

    @Override
    public Optional<Invoice> getInvoice(long id) {
        return Jpa.read(jpa, em -> Optional.ofNullable(em.find(InvoiceEntity.class, id))
                .filter(i -> InvoiceEntity.INVOICE.equals(i.docType())).map(InvoiceEntity::toInvoice));
    }

    @Override
    public Invoice requireInvoice(long id) {
        return getInvoice(id).orElseThrow(() -> new NotFoundProblem(FinanceModule.ENTITY_INVOICE,
                Long.toString(id)));
    }

    @Override
    public Page<Invoice> findInvoices(InvoiceQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("i.docType = :type"));
        Map<String, Object> parameters = new HashMap<>(Map.of("type", InvoiceEntity.INVOICE));
        if (query.customer() != null) {
            conditions.add("i.customer = :customer");
            parameters.put("customer", query.customer());
        }
        if (query.status() != null) {
            conditions.add("i.status = :status");
            parameters.put("status", query.status());
        }
        if (query.overdueOn() != null) {
            conditions.add("i.status <> :draft AND i.open > 0 AND i.dueDate < :overdueOn");
            parameters.put("draft", InvoiceStatus.DRAFT);
            parameters.put("overdueOn", query.overdueOn());
        }
        if (query.from() != null) {
            conditions.add("i.date >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("i.date <= :to");
            parameters.put("to", query.to());
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        return Jpa.read(jpa, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM InvoiceEntity i" + where, Long.class);
            TypedQuery<InvoiceEntity> select = em.createQuery("SELECT i FROM InvoiceEntity i" + where
                    + " ORDER BY i.date DESC, i.id DESC", InvoiceEntity.class);
            parameters.forEach((k, v) -> {
                count.setParameter(k, v);
                select.setParameter(k, v);
            });
            List<Invoice> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(InvoiceEntity::toInvoice).toList();
            return Page.of(items, count.getSingleResult(), page);
        });
    }

    @Override
    public Optional<Invoice> findInvoiceByReference(String customer, String reference) {
        if (customer == null || reference == null) {
            return Optional.empty();
        }
        return Jpa.read(jpa, em -> em.createQuery("SELECT i FROM InvoiceEntity i WHERE i.docType = :type"
                + " AND i.customer = :customer AND i.reference = :reference ORDER BY i.id", InvoiceEntity.class)
                .setParameter("type", InvoiceEntity.INVOICE).setParameter("customer", customer)
                .setParameter("reference", reference).setMaxResults(1).getResultList().stream()
                .findFirst().map(InvoiceEntity::toInvoice));
    }

    @Override
    public Invoice postInvoice(long id) {
        return ledger.inPostingTransaction(tx -> {
            InvoiceEntity invoice = findInvoice(tx.em(), id);
            post(tx, invoice);
            tx.em().flush();
            return invoice.toInvoice();
        });
    }

    @Override
    public InvoiceEntity createPosted(LedgerTransaction tx, InvoiceDraft draft) {
        checkInvoiceShape(draft);
        if (draft.dueDate() == null) {
            throw ValidationFailedException.of("dueDate", "is required here");
        }
        ensureTaxCodes();
        String currency = currencyOf(draft.currency());
        EntityManager em = tx.em();
        List<InvoiceLine> lines = DocumentLines.resolve(em, draft.lines(), currency, "lines", salesAccount);
        InvoiceEntity invoice = new InvoiceEntity(InvoiceEntity.INVOICE, draft.customer(), Instant.now(), tx.user());
        invoice.apply(draft.date(), draft.dueDate(), currency, draft.reference(), lines,
                InvoiceMath.totals(lines, currency));
        em.persist(invoice);
        tx.wrote(1 + lines.size());
        tx.audit(FinanceModule.ENTITY_INVOICE, Long.toString(invoice.id()), AuditEntry.CREATE, new ChangeSet()
                .created("customer", draft.customer()).created("date", draft.date())
                .created("gross", Money.display(invoice.gross(), currency)));
        post(tx, invoice);
        return invoice;
    }

    /** Numbers a draft invoice and posts its entry (receivable / income / tax); does not flush. */
    private void post(LedgerTransaction tx, InvoiceEntity invoice) {
        invoice.requirePostable("invoice", invoice.id(), invoice.number());
        List<InvoiceLine> lines = invoice.lines();
        InvoiceMath.Totals totals = InvoiceMath.totals(lines, invoice.currency());
        List<JournalLineDraft> journal = new ArrayList<>();
        journal.add(line(receivablesAccount, totals.gross(), true, invoice, "invoice"));
        journal.addAll(incomeAndTax(tx.em(), lines, totals, invoice, false));
        LedgerTransaction.Checked checked = tx.check(new JournalEntryDraft(invoice.date(),
                "Invoice to " + invoice.customer(), invoice.reference(), SOURCE, null, true, journal));
        String number = tx.nextNumber(LedgerTransaction.INVOICE, invoice.date());
        JournalEntry entry = tx.post(checked, number);
        invoice.posted(number, entry.id(), Instant.now(), InvoiceStatus.POSTED);
        tx.wrote(1);
        tx.audit(FinanceModule.ENTITY_INVOICE, Long.toString(invoice.id()), "POST", new ChangeSet()
                .compare("status", InvoiceStatus.DRAFT, InvoiceStatus.POSTED).created("number", number)
                .created("journalEntry", entry.id()));
        tx.event(FinanceModule.TOPIC_INVOICE_POSTED, number, documentPayload(invoice, number));
    }

    // ---------------------------------------------------------------- credit notes

    @Override
    public CreditNote createCreditNote(CreditNoteDraft draft) {
        Validator v = new Validator();
        v.required("invoice", draft.invoice());
        v.optionalText("reason", draft.reason(), 500);
        if (draft.lines() != null) {
            DocumentLines.checkShape(v, draft.lines(), "lines");
        }
        v.throwIfInvalid();
        ensureTaxCodes();
        LocalDate date = draft.date() == null ? LocalDate.now() : draft.date();
        return ledger.inPostingTransaction(tx -> {
            EntityManager em = tx.em();
            InvoiceEntity invoice = em.find(InvoiceEntity.class, draft.invoice());
            if (invoice == null || !InvoiceEntity.INVOICE.equals(invoice.docType())) {
                throw ValidationFailedException.of("invoice", "invoice " + draft.invoice() + " does not exist");
            }
            if (invoice.status() == InvoiceStatus.DRAFT) {
                throw ValidationFailedException.of("invoice", "invoice " + draft.invoice()
                        + " is a draft; change or delete it instead");
            }
            if (date.isBefore(invoice.date())) {
                throw ValidationFailedException.of("date", "is before the invoice date " + invoice.date());
            }
            String currency = invoice.currency();
            List<InvoiceLine> lines = draft.lines() == null ? invoice.lines()
                    : DocumentLines.resolve(em, draft.lines(), currency, "lines", salesAccount);
            InvoiceMath.Totals totals = InvoiceMath.totals(lines, currency);
            if (totals.gross().signum() <= 0) {
                throw ValidationFailedException.of("lines", "a credit note of zero cannot be posted");
            }
            if (totals.gross().compareTo(invoice.open()) > 0) {
                throw ValidationFailedException.of(draft.lines() == null ? "invoice" : "lines", "the credit note's"
                        + " gross " + Money.display(totals.gross(), currency) + " is more than the invoice's open"
                        + " amount " + Money.display(invoice.open(), currency));
            }
            List<JournalLineDraft> journal = new ArrayList<>(incomeAndTax(em, lines, totals, invoice, true));
            journal.add(line(receivablesAccount, totals.gross(), false, invoice, "credit note"));
            String description = "Credit note to " + invoice.customer() + " on " + invoice.number();
            LedgerTransaction.Checked checked = tx.check(new JournalEntryDraft(date, description,
                    invoice.number(), SOURCE, null, true, journal));
            String number = tx.nextNumber(LedgerTransaction.CREDIT_NOTE, date);
            JournalEntry entry = tx.post(checked, number);
            InvoiceEntity note = new InvoiceEntity(InvoiceEntity.CREDIT_NOTE, invoice.customer(), Instant.now(),
                    tx.user());
            note.apply(date, date, currency, draft.reason(), lines, totals);
            note.creditOf(invoice.id());
            note.settle(totals.gross()); // a credit note keeps no open amount of its own
            note.posted(number, entry.id(), Instant.now(), InvoiceStatus.POSTED);
            em.persist(note);
            InvoiceStatus before = invoice.status();
            if (!exchange.none(currency)) { // the note takes its part of the invoice off at the note's rate
                exchange.post(tx, date, receivablesAccount, invoice.customer(), true, exchange.part(
                        invoiceRate(em, invoice), invoice.gross().subtract(invoice.open()), totals.gross()),
                        exchange.part(ExchangeDifferences.rate(entry.lines(), receivablesAccount), BigDecimal.ZERO,
                                totals.gross()), "Exchange difference " + invoice.number() + " / " + number, SOURCE,
                        number);
            }
            invoice.settle(totals.gross());
            em.flush();
            tx.wrote(2);
            tx.audit(FinanceModule.ENTITY_CREDIT_NOTE, Long.toString(note.id()), AuditEntry.CREATE, new ChangeSet()
                    .created("number", number).created("invoice", invoice.number())
                    .created("gross", Money.display(totals.gross(), currency)));
            tx.audit(FinanceModule.ENTITY_INVOICE, Long.toString(invoice.id()), "CREDIT", new ChangeSet()
                    .compare("status", before, invoice.status())
                    .compare("open", Money.display(invoice.open().add(totals.gross()), currency),
                            Money.display(invoice.open(), currency)));
            tx.event(FinanceModule.TOPIC_CREDIT_NOTE_POSTED, number, documentPayload(note, number));
            return note.toCreditNote(invoice.number());
        });
    }

    @Override
    public CreditNote requireCreditNote(long id) {
        return Jpa.read(jpa, em -> {
            InvoiceEntity note = em.find(InvoiceEntity.class, id);
            if (note == null || !InvoiceEntity.CREDIT_NOTE.equals(note.docType())) {
                throw new NotFoundProblem(FinanceModule.ENTITY_CREDIT_NOTE, Long.toString(id));
            }
            return note.toCreditNote(em.find(InvoiceEntity.class, note.creditedInvoice()).number());
        });
    }

    @Override
    public Page<CreditNote> findCreditNotes(Long invoice, PageRequest page) {
        String where = " WHERE c.docType = :type" + (invoice == null ? "" : " AND c.creditedInvoice = :invoice");
        return Jpa.read(jpa, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM InvoiceEntity c" + where, Long.class);
            TypedQuery<Object[]> select = em.createQuery("SELECT c, i.number FROM InvoiceEntity c, InvoiceEntity i"
                    + where + " AND i.id = c.creditedInvoice ORDER BY c.date DESC, c.id DESC", Object[].class);
            count.setParameter("type", InvoiceEntity.CREDIT_NOTE);
            select.setParameter("type", InvoiceEntity.CREDIT_NOTE);
            if (invoice != null) {
                count.setParameter("invoice", invoice);
                select.setParameter("invoice", invoice);
            }
            List<CreditNote> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(r -> ((InvoiceEntity) r[0]).toCreditNote((String) r[1])).toList();
            return Page.of(items, count.getSingleResult(), page);
        });
    }

    // ---------------------------------------------------------------- receipts

    @Override
    public Receipt recordReceipt(ReceiptDraft draft) {
        checkReceipt(draft);
        requireCustomer("customer", draft.customer());
        return ledger.inPostingTransaction(tx -> {
            ReceiptEntity receipt = post(tx, draft);
            tx.em().flush();
            tx.flushRows(); // the receipt and its allocations are read back below
            return toReceipt(tx.em(), receipt);
        });
    }

    @Override
    public ReceiptEntity receive(LedgerTransaction tx, ReceiptDraft draft) {
        checkReceipt(draft);
        return post(tx, draft);
    }

    private void checkReceipt(ReceiptDraft draft) {
        String currency = currencyOf(draft.currency());
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
        String currency = currencyOf(draft.currency());
        String bank = draft.bankAccount() == null ? bankAccount : draft.bankAccount();
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
        String foreign = currency.equals(baseCurrency) ? null : currency;
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

    @Override
    public Receipt allocate(long receiptId, LocalDate date, List<AllocationDraft> allocations) {
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
                        invoiceRate(tx.em(), invoice), invoice.gross().subtract(invoice.open()), a.amount()),
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

    @Override
    public Receipt requireReceipt(long id) {
        return Jpa.read(jpa, em -> {
            ReceiptEntity receipt = em.find(ReceiptEntity.class, id);
            if (receipt == null) {
                throw new NotFoundProblem(FinanceModule.ENTITY_RECEIPT, Long.toString(id));
            }
            return toReceipt(em, receipt);
        });
    }

    @Override
    public Page<Receipt> findReceipts(String customer, PageRequest page) {
        String where = customer == null ? "" : " WHERE r.customer = :customer";
        return Jpa.read(jpa, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ReceiptEntity r" + where, Long.class);
            TypedQuery<ReceiptEntity> select = em.createQuery("SELECT r FROM ReceiptEntity r" + where
                    + " ORDER BY r.date DESC, r.id DESC", ReceiptEntity.class);
            if (customer != null) {
                count.setParameter("customer", customer);
                select.setParameter("customer", customer);
            }
            List<ReceiptEntity> receipts = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList();
            return Page.of(toReceipts(em, receipts), count.getSingleResult(), page);
        });
    }

    @Override
    public CustomerCredit customerCredit(String customer) {
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

    // ---------------------------------------------------------------- aging

    @Override
    public AgingReport aging(LocalDate asOf, String currency) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        String cur = currencyOf(currency);
        Validator v = new Validator();
        v.currency("currency", currency);
        v.throwIfInvalid();
        // posted invoices dated on or before the day, less their credit notes and allocations up to the day
        return Jpa.read(jpa, em -> new AgingQuery(day, cur, "i.CUSTOMER_CODE", "i.DUE_DATE", "i.CURRENCY")
                .add(em, "i.GROSS", "FIN_INVOICE i WHERE i.DOC_TYPE = 'INVOICE' AND i.STATUS <> 'DRAFT'"
                        + " AND i.DOC_DATE <= ?", 1)
                .add(em, "c.GROSS", "FIN_INVOICE c JOIN FIN_INVOICE i ON i.ID = c.CREDITED_INVOICE"
                        + " WHERE c.DOC_TYPE = 'CREDIT_NOTE' AND c.DOC_DATE <= ?", -1)
                .add(em, "a.AMOUNT", "FIN_RECEIPT_ALLOCATION a JOIN FIN_INVOICE i ON i.ID = a.INVOICE_ID"
                        + " WHERE a.ALLOC_DATE <= ?", -1)
                .report());
    }

    // ---------------------------------------------------------------- helpers

    private void checkInvoiceShape(InvoiceDraft draft) {
        Validator v = new Validator();
        v.requiredText("customer", draft.customer(), 40);
        v.required("date", draft.date());
        v.currency("currency", draft.currency());
        v.optionalText("reference", draft.reference(), 500);
        if (draft.date() != null && draft.dueDate() != null) {
            v.check(!draft.dueDate().isBefore(draft.date()), "dueDate", "is before the invoice date");
        }
        if (v.notEmpty("lines", draft.lines())) {
            DocumentLines.checkShape(v, draft.lines(), "lines");
        }
        v.throwIfInvalid();
    }

    /** Income per account and output tax per tax account, credits (debits for a credit note); zero sums left out. */
    private List<JournalLineDraft> incomeAndTax(EntityManager em, List<InvoiceLine> lines, InvoiceMath.Totals totals,
            InvoiceEntity invoice, boolean debit) {
        List<JournalLineDraft> journal = new ArrayList<>();
        DocumentLines.netByAccount(lines).forEach((account, amount) -> journal.add(line(account, amount, debit,
                invoice, "income")));
        DocumentLines.taxByAccount(em, totals, TaxCodeEntity::outputAccount).forEach((account, amount) -> journal
                .add(line(account, amount, debit, invoice, "output tax")));
        return journal;
    }

    private JournalLineDraft line(String account, BigDecimal amount, boolean debit, InvoiceEntity invoice,
            String memo) {
        String foreign = invoice.currency().equals(baseCurrency) ? null : invoice.currency();
        String partner = account.equals(receivablesAccount) ? invoice.customer() : null;
        return new JournalLineDraft(account, debit ? amount : null, debit ? null : amount, foreign, partner, memo);
    }

    private static Map<String, Object> documentPayload(InvoiceEntity document, String number) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", document.id());
        payload.put("number", number);
        payload.put("customer", document.customer());
        payload.put("date", document.date().toString());
        payload.put("gross", Money.display(document.gross(), document.currency()));
        payload.put("currency", document.currency());
        return payload;
    }

    /** The rate at which a posted invoice sits on the receivables account. */
    private BigDecimal invoiceRate(EntityManager em, InvoiceEntity invoice) {
        return ExchangeDifferences.rate(em, invoice.journalEntry(), receivablesAccount);
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

    private static InvoiceEntity findInvoice(EntityManager em, long id) {
        InvoiceEntity invoice = em.find(InvoiceEntity.class, id);
        if (invoice == null || !InvoiceEntity.INVOICE.equals(invoice.docType())) {
            throw new NotFoundProblem(FinanceModule.ENTITY_INVOICE, Long.toString(id));
        }
        return invoice;
    }

    private String currencyOf(String currency) {
        return currency == null ? baseCurrency : currency;
    }

    /** The due date asked for, or from the partner's payment terms, or from the configured default terms. */
    private LocalDate dueDate(InvoiceDraft draft) {
        OptionalInt terms = requireCustomer("customer", draft.customer());
        if (draft.dueDate() != null) {
            return draft.dueDate();
        }
        return draft.date().plusDays(terms.orElse(defaultTermsDays));
    }

    /** With the partners module: the customer must exist and be one; returns its terms. Without: any code. */
    private OptionalInt requireCustomer(String field, String code) {
        return PartnerRoles.require(context, partners, PartnerRoles.Role.CUSTOMER, field, code);
    }
}
