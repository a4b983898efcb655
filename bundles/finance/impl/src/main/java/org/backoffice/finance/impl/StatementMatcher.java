package org.backoffice.finance.impl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.AutoMatchResult;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.JournalEntry;
import org.backoffice.finance.api.JournalEntryDraft;
import org.backoffice.finance.api.JournalLineDraft;
import org.backoffice.finance.api.MatchProposal;
import org.backoffice.finance.api.MatchRequest;
import org.backoffice.finance.api.StatementLine;
import org.backoffice.finance.api.StatementLineStatus;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/**
 * Matches statement lines to open items of the {@link OpenItemSource sources}. Auto-match loads every open item once,
 * matches in memory with {@link MatchRules} and settles the accepted matches in one posting transaction (entity
 * changes flushed once, JDBC-batched; journal rows through the posting batch).
 */
final class StatementMatcher {

    static final String SOURCE = "BANK";
    static final int MAX_PROPOSALS = 20;

    private final JpaTemplate jpa;
    private final PostingTransactions ledger;
    private final Map<String, OpenItemSource> sources = new HashMap<>();
    private final int windowDays;
    private final String baseCurrency;

    StatementMatcher(JpaTemplate jpa, PostingTransactions ledger, List<OpenItemSource> sources, int windowDays,
            String baseCurrency) {
        this.jpa = jpa;
        this.ledger = ledger;
        sources.forEach(s -> this.sources.put(s.kind(), s));
        this.windowDays = windowDays;
        this.baseCurrency = baseCurrency;
    }

    private MatchRules rules(EntityManager em, BankAccountEntity bank) {
        List<OpenItem> items = new ArrayList<>();
        sources.values().forEach(s -> items.addAll(s.openItems(em, bank)));
        return new MatchRules(items, windowDays);
    }

    AutoMatchResult autoMatch(long statementId) {
        return ledger.inPostingTransaction(tx -> {
            EntityManager em = tx.em();
            BankStatementEntity statement = BankStatementServiceImpl.findStatement(em, statementId);
            BankAccountEntity bank = BankAccountServiceImpl.find(em, statement.bankAccount());
            List<StatementLineEntity> lines = em.createQuery("SELECT l FROM StatementLineEntity l WHERE l.statement"
                    + " = :id AND l.status = :status ORDER BY l.lineNo", StatementLineEntity.class)
                    .setParameter("id", statementId).setParameter("status", StatementLineStatus.UNMATCHED)
                    .getResultList();
            Map<Long, OpenItem> chosen = rules(em, bank).autoMatch(lines.stream()
                    .map(StatementLineEntity::toRuleLine).toList());
            // the settlements' queries read reference data only; with AUTO each one would first flush every
            // managed line, invoice and receipt (quadratic); changes are flushed once below
            FlushModeType flushMode = em.getFlushMode();
            em.setFlushMode(FlushModeType.COMMIT);
            int matched = 0;
            try {
                matched = settleAll(tx, bank, lines, chosen);
            } finally {
                em.setFlushMode(flushMode);
            }
            if (matched > 0) {
                statement.matched(matched);
                em.flush();
                tx.wrote(matched + 1);
            }
            return new AutoMatchResult(matched, lines.size() - matched,
                    statement.toStatement(bank.code()));
        });
    }

    private int settleAll(LedgerTransaction tx, BankAccountEntity bank, List<StatementLineEntity> lines,
            Map<Long, OpenItem> chosen) {
        int matched = 0;
        for (StatementLineEntity line : lines) {
            OpenItem item = chosen.get(line.id());
            if (item == null) {
                continue;
            }
            OpenItemSource.Settlement settlement;
            try {
                settlement = sources.get(item.kind()).settle(tx, bank, line, item);
            } catch (ValidationFailedException | ConflictProblem refused) {
                continue; // refused before anything was written (e.g. paid before the invoice date): a person looks
            }
            line.matched(item.kind(), item.id(), settlement);
            audit(tx, line, "AUTO_MATCH", item.kind() + " " + settlement.number());
            matched++;
        }
        return matched;
    }

    List<MatchProposal> proposals(long lineId) {
        return Jpa.read(jpa, em -> {
            StatementLineEntity line = BankStatementServiceImpl.findLine(em, lineId);
            if (line.status() != StatementLineStatus.UNMATCHED) {
                return List.of();
            }
            BankAccountEntity bank = bankOf(em, line);
            return rules(em, bank).proposals(line.toRuleLine()).stream().limit(MAX_PROPOSALS)
                    .map(p -> new MatchProposal(p.item().kind(), p.item().id(), p.item().number(),
                            p.item().partner(), Money.display(p.item().amount(), bank.currency()), p.item().date(),
                            p.rule(), p.confidence()))
                    .toList();
        });
    }

    StatementLine match(long lineId, MatchRequest request) {
        Validator v = new Validator();
        int given = (request.invoice() != null ? 1 : 0) + (request.receipt() != null ? 1 : 0)
                + (request.explanation() != null ? 1 : 0);
        v.check(given == 1, "invoice", "name exactly one of invoice, receipt or explanation");
        v.optionalText("explanation", request.explanation(), 200);
        v.optionalText("account", request.account(), 20);
        if (request.explanation() != null) {
            v.check(!request.explanation().isBlank(), "explanation", "must not be blank");
        } else {
            v.check(request.account() == null, "account", "only with an explanation");
        }
        v.throwIfInvalid();
        return ledger.inPostingTransaction(tx -> {
            EntityManager em = tx.em();
            StatementLineEntity line = BankStatementServiceImpl.findLine(em, lineId);
            if (line.status() != StatementLineStatus.UNMATCHED) {
                throw new ConflictProblem("statement line " + lineId + " is " + line.status() + " already");
            }
            BankStatementEntity statement = BankStatementServiceImpl.findStatement(em, line.statement());
            BankAccountEntity bank = BankAccountServiceImpl.find(em, statement.bankAccount());
            if (request.explanation() != null) {
                explain(tx, bank, statement, line, request.explanation().trim(),
                        request.account() == null ? bank.feeAccount() : request.account());
            } else {
                String kind = request.invoice() != null ? InvoiceItems.KIND : ReceiptItems.KIND;
                String field = request.invoice() != null ? "invoice" : "receipt";
                long id = request.invoice() != null ? request.invoice() : request.receipt();
                OpenItemSource source = sources.get(kind);
                OpenItem item = source.openItem(em, bank, id);
                if (item == null) {
                    throw ValidationFailedException.of(field, field + " " + id + " is not open on bank account "
                            + bank.code() + " (" + bank.currency() + ")");
                }
                if (item.amount().signum() != line.amount().signum()) {
                    throw ValidationFailedException.of(field, "the line's amount " + line.amount().toPlainString()
                            + " goes the other way");
                }
                OpenItemSource.Settlement settlement = source.settle(tx, bank, line, item);
                line.matched(kind, id, settlement);
                audit(tx, line, "MATCH", kind + " " + settlement.number());
            }
            statement.matched(1);
            em.flush();
            tx.wrote(2);
            return line.toLine();
        });
    }

    /** Posts the line to an account: money out debits it (a bank charge), money in credits it. */
    private void explain(LedgerTransaction tx, BankAccountEntity bank, BankStatementEntity statement,
            StatementLineEntity line, String explanation, String account) {
        BigDecimal amount = line.amount().abs();
        String foreign = bank.currency().equals(baseCurrency) ? null : bank.currency();
        boolean out = line.amount().signum() < 0;
        JournalLineDraft other = new JournalLineDraft(account, out ? amount : null, out ? null : amount, foreign, null,
                explanation);
        JournalLineDraft bankSide = new JournalLineDraft(bank.ledgerAccount(), out ? null : amount,
                out ? amount : null, foreign, null, explanation);
        java.util.Optional<AccountEntity> target = AccountServiceImpl.find(tx.em(), account);
        if (target.isEmpty() || !target.get().active() || AccountServiceImpl.hasChildren(tx.em(), account)) {
            throw ValidationFailedException.of("account", "account '" + account + "' does not exist, is blocked or"
                    + " has sub-accounts");
        }
        LedgerTransaction.Checked checked = tx.check(new JournalEntryDraft(line.bookingDate(), explanation
                + " (bank " + bank.code() + ")", line.reference(), SOURCE, null, true,
                out ? List.of(other, bankSide) : List.of(bankSide, other)));
        JournalEntry entry = tx.post(checked, "BS-" + statement.id() + "/" + line.lineNo());
        line.explained(explanation, account, entry.id());
        audit(tx, line, "EXPLAIN", explanation + " to " + account);
    }

    StatementLine unmatch(long lineId) {
        return ledger.inPostingTransaction(tx -> {
            EntityManager em = tx.em();
            StatementLineEntity line = BankStatementServiceImpl.findLine(em, lineId);
            if (line.status() == StatementLineStatus.UNMATCHED) {
                throw new ConflictProblem("statement line " + lineId + " is not matched");
            }
            if (line.receiptCreated()) {
                throw new ConflictProblem("statement line " + lineId + " created its receipt; a posted receipt is"
                        + " not undone by unmatching (reverse it instead)");
            }
            if (line.status() == StatementLineStatus.EXPLAINED) {
                tx.reverse(line.journalEntry(), line.bookingDate());
            }
            String before = line.matchKind();
            line.unmatched();
            BankStatementServiceImpl.findStatement(em, line.statement()).matched(-1);
            em.flush();
            tx.wrote(2);
            audit(tx, line, "UNMATCH", before);
            return line.toLine();
        });
    }

    private static BankAccountEntity bankOf(EntityManager em, StatementLineEntity line) {
        return BankAccountServiceImpl.find(em, BankStatementServiceImpl.findStatement(em, line.statement())
                .bankAccount());
    }

    private static void audit(LedgerTransaction tx, StatementLineEntity line, String action, String what) {
        tx.audit(FinanceModule.ENTITY_STATEMENT_LINE, Long.toString(line.id()), action,
                new ChangeSet().compare("status", StatementLineStatus.UNMATCHED, line.status()).created("match", what));
    }
}
