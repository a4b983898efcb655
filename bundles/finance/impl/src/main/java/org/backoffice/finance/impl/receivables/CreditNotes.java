package org.backoffice.finance.impl.receivables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.receivables.CreditNote;
import org.backoffice.finance.api.receivables.CreditNoteDraft;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.document.DocumentLines;
import org.backoffice.finance.impl.document.ExchangeDifferences;
import org.backoffice.finance.impl.document.InvoiceMath;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.ledger.PostingTransactions;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/**
 * Credit notes against posted invoices: checked, posted (income and tax back, the receivable down, the exchange
 * difference of the part taken off), stored as documents of their own, read back with their invoice's number.
 */
final class CreditNotes {

    private static final String SOURCE = JpaReceivablesService.SOURCE;

    private final JpaTemplate jpa;
    private final PostingTransactions ledger;
    private final InvoiceJournal journalLines;
    private final ExchangeDifferences exchange;
    private final String receivablesAccount;
    private final String salesAccount;

    CreditNotes(JpaTemplate jpa, PostingTransactions ledger, InvoiceJournal journalLines, ExchangeDifferences exchange,
            String receivablesAccount, String salesAccount) {
        this.jpa = jpa;
        this.ledger = ledger;
        this.journalLines = journalLines;
        this.exchange = exchange;
        this.receivablesAccount = receivablesAccount;
        this.salesAccount = salesAccount;
    }

    CreditNote create(CreditNoteDraft draft) {
        Validator v = new Validator();
        v.required("invoice", draft.invoice());
        v.optionalText("reason", draft.reason(), 500);
        if (draft.lines() != null) {
            DocumentLines.checkShape(v, draft.lines(), "lines");
        }
        v.throwIfInvalid();
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
            List<JournalLineDraft> journal = new ArrayList<>(journalLines.incomeAndTax(em, lines, totals, invoice,
                    true));
            journal.add(journalLines.line(receivablesAccount, totals.gross(), false, invoice, "credit note"));
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
                        ExchangeDifferences.rate(em, invoice.journalEntry(), receivablesAccount),
                        invoice.gross().subtract(invoice.open()), totals.gross()),
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
            tx.event(FinanceModule.TOPIC_CREDIT_NOTE_POSTED, number, InvoiceJournal.documentPayload(note, number));
            return note.toCreditNote(invoice.number());
        });
    }

    CreditNote require(long id) {
        return Jpa.read(jpa, em -> {
            InvoiceEntity note = em.find(InvoiceEntity.class, id);
            if (note == null || !InvoiceEntity.CREDIT_NOTE.equals(note.docType())) {
                throw new NotFoundProblem(FinanceModule.ENTITY_CREDIT_NOTE, Long.toString(id));
            }
            return note.toCreditNote(em.find(InvoiceEntity.class, note.creditedInvoice()).number());
        });
    }

    Page<CreditNote> find(Long invoice, PageRequest page) {
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
}
