package org.backoffice.finance.impl.receivables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.backoffice.finance.impl.document.DefaultTaxCodes;
import org.backoffice.finance.impl.document.DocumentConfig;
import org.backoffice.finance.impl.document.DocumentDefaults;
import org.backoffice.finance.impl.document.DocumentLines;
import org.backoffice.finance.impl.document.ExchangeDifferences;
import org.backoffice.finance.impl.document.InvoiceMath;
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
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

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
    private final DocumentDefaults defaults;
    private final String receivablesAccount;
    private final String salesAccount;
    private final InvoiceJournal journalLines;
    private final CreditNotes creditNotes;
    private final Receipts receipts;
    private final DefaultTaxCodes taxCodes;

    /** The partners module's directory while it is installed (see {@link PartnerRoles}); null without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PartnerService partners;

    @Activate
    public JpaReceivablesService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference PostingTransactions ledger, @Reference TaxCodeService taxCodes, LedgerConfig ledgerConfig,
            DocumentConfig documentConfig, ReceivablesConfig receivablesConfig) {
        this.jpa = jpa;
        this.audit = audit;
        this.ledger = ledger;
        this.defaults = new DocumentDefaults(ledgerConfig.baseCurrency(), documentConfig);
        this.receivablesAccount = receivablesConfig.receivablesAccount();
        this.salesAccount = receivablesConfig.salesAccount();
        this.taxCodes = new DefaultTaxCodes(taxCodes);
        ExchangeDifferences exchange = defaults.exchangeDifferences();
        this.journalLines = new InvoiceJournal(defaults, receivablesAccount);
        this.creditNotes = new CreditNotes(jpa, ledger, journalLines, exchange, receivablesAccount, salesAccount);
        this.receipts = new Receipts(jpa, ledger, defaults, exchange, receivablesAccount, this::requireCustomer);
    }

    // ---------------------------------------------------------------- invoices

    @Override
    public Invoice createInvoice(InvoiceDraft draft) {
        checkInvoiceShape(draft);
        taxCodes.ensure();
        LocalDate due = dueDate(draft);
        String currency = defaults.currency(draft.currency());
        return Jpa.write(jpa, "Invoice", em -> {
            List<InvoiceLine> lines = DocumentLines.resolve(em, draft.lines(), currency, "lines", salesAccount,
                    defaults.taxCode());
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
        taxCodes.ensure();
        LocalDate due = dueDate(draft);
        String currency = defaults.currency(draft.currency());
        return Jpa.write(jpa, "Invoice " + id, em -> {
            InvoiceEntity invoice = findInvoice(em, id);
            invoice.requireChangeableDraft("invoice", FinanceModule.ENTITY_INVOICE, id, draft.version(), "customer",
                    invoice.customer(), draft.customer());
            List<InvoiceLine> lines = DocumentLines.resolve(em, draft.lines(), currency, "lines", salesAccount,
                    defaults.taxCode());
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
        return Jpa.read(jpa, em -> PagedQuery.of("InvoiceEntity", "i").equal("i.docType", InvoiceEntity.INVOICE)
                .equal("i.customer", query.customer()).equal("i.status", query.status())
                .where("i.status <> " + InvoiceStatus.class.getName() + ".DRAFT AND i.open > 0"
                        + " AND i.dueDate < :value", query.overdueOn())
                .atLeast("i.date", query.from()).atMost("i.date", query.to())
                .page(em, InvoiceEntity.class, "i.date DESC, i.id DESC", page, InvoiceEntity::toInvoice));
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
        taxCodes.ensure();
        String currency = defaults.currency(draft.currency());
        EntityManager em = tx.em();
        List<InvoiceLine> lines = DocumentLines.resolve(em, draft.lines(), currency, "lines", salesAccount,
                defaults.taxCode());
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
        journal.add(journalLines.line(receivablesAccount, totals.gross(), true, invoice, "invoice"));
        journal.addAll(journalLines.incomeAndTax(tx.em(), lines, totals, invoice, false));
        LedgerTransaction.Checked checked = tx.check(new JournalEntryDraft(invoice.date(),
                "Invoice to " + invoice.customer(), invoice.reference(), SOURCE, null, true, journal));
        String number = tx.nextNumber(LedgerTransaction.INVOICE, invoice.date());
        JournalEntry entry = tx.post(checked, number);
        invoice.posted(number, entry.id(), Instant.now(), InvoiceStatus.POSTED);
        tx.wrote(1);
        tx.audit(FinanceModule.ENTITY_INVOICE, Long.toString(invoice.id()), "POST", new ChangeSet()
                .compare("status", InvoiceStatus.DRAFT, InvoiceStatus.POSTED).created("number", number)
                .created("journalEntry", entry.id()));
        tx.event(FinanceModule.TOPIC_INVOICE_POSTED, number, InvoiceJournal.documentPayload(invoice, number));
    }

    // ---------------------------------------------------------------- credit notes

    @Override
    public CreditNote createCreditNote(CreditNoteDraft draft) {
        taxCodes.ensure();
        return creditNotes.create(draft);
    }

    @Override
    public CreditNote requireCreditNote(long id) {
        return creditNotes.require(id);
    }

    @Override
    public Page<CreditNote> findCreditNotes(Long invoice, PageRequest page) {
        return creditNotes.find(invoice, page);
    }

    // ---------------------------------------------------------------- receipts

    @Override
    public Receipt recordReceipt(ReceiptDraft draft) {
        return receipts.record(draft);
    }

    @Override
    public ReceiptEntity receive(LedgerTransaction tx, ReceiptDraft draft) {
        return receipts.receive(tx, draft);
    }

    @Override
    public Receipt allocate(long receiptId, LocalDate date, List<AllocationDraft> allocations) {
        return receipts.allocate(receiptId, date, allocations);
    }

    @Override
    public Receipt requireReceipt(long id) {
        return receipts.require(id);
    }

    @Override
    public Page<Receipt> findReceipts(String customer, PageRequest page) {
        return receipts.find(customer, page);
    }

    @Override
    public CustomerCredit customerCredit(String customer) {
        return receipts.customerCredit(customer);
    }

    // ---------------------------------------------------------------- aging

    @Override
    public AgingReport aging(LocalDate asOf, String currency) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        String cur = defaults.currency(currency);
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
            DocumentLines.checkShape(v, draft.lines(), "lines", defaults.taxCode() != null);
        }
        v.throwIfInvalid();
    }

    private static InvoiceEntity findInvoice(EntityManager em, long id) {
        InvoiceEntity invoice = em.find(InvoiceEntity.class, id);
        if (invoice == null || !InvoiceEntity.INVOICE.equals(invoice.docType())) {
            throw new NotFoundProblem(FinanceModule.ENTITY_INVOICE, Long.toString(id));
        }
        return invoice;
    }

    /** The due date asked for, or from the partner's payment terms, or from the configured default terms. */
    private LocalDate dueDate(InvoiceDraft draft) {
        return defaults.dueDate(draft.date(), draft.dueDate(), requireCustomer("customer", draft.customer()));
    }

    /** With the partners module: the customer must exist and be one; returns its terms. Without: any code. */
    private OptionalInt requireCustomer(String field, String code) {
        return PartnerRoles.require(partners, PartnerRoles.Role.CUSTOMER, field, code);
    }
}
