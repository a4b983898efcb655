package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.bank.AutoMatchResult;
import org.backoffice.finance.api.bank.MatchProposal;
import org.backoffice.finance.api.bank.MatchRequest;
import org.backoffice.finance.api.bank.StatementLine;
import org.backoffice.finance.api.bank.StatementLineStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.PartnerRoles;
import org.backoffice.finance.impl.ledger.AccountEntity;
import org.backoffice.finance.impl.ledger.JpaAccountService;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.finance.impl.ledger.PostingTransactions;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/**
 * Matches statement lines to open items of the {@link OpenItemSource sources}. Auto-match loads every open item once,
 * matches in memory with {@link MatchRules} and settles the accepted matches in one posting transaction (entity
 * changes flushed once, JDBC-batched; journal rows, receipts and allocations queued on the posting batch and written
 * with multi-row inserts; the lines marked in JDBC batches; audit records written in chunks, events once per group).
 */
final class StatementMatcher {

    static final String SOURCE = "BANK";
    static final int MAX_PROPOSALS = 20;

    private final JpaTemplate jpa;
    private final PostingTransactions ledger;
    private final Map<String, OpenItemSource> sources = new HashMap<>();
    private final int windowDays;
    private final String baseCurrency;
    private final Function<String, PartnerRoles.Party> directory;

    /** {@code directory}: a partner by code, {@code null} when unknown (see {@link MatchRules}). */
    StatementMatcher(JpaTemplate jpa, PostingTransactions ledger, List<OpenItemSource> sources, int windowDays,
            String baseCurrency, Function<String, PartnerRoles.Party> directory) {
        this.jpa = jpa;
        this.ledger = ledger;
        sources.forEach(s -> this.sources.put(s.kind(), s));
        this.windowDays = windowDays;
        this.baseCurrency = baseCurrency;
        this.directory = directory;
    }

    private MatchRules rules(EntityManager em, BankAccountEntity bank) {
        List<OpenItem> items = new ArrayList<>();
        sources.values().forEach(s -> items.addAll(s.openItems(em, bank)));
        return new MatchRules(items, windowDays, directory);
    }

    AutoMatchResult autoMatch(long statementId) {
        return ledger.inPostingTransaction(tx -> {
            EntityManager em = tx.em();
            BankStatementEntity statement = JpaBankStatementService.findStatement(em, statementId);
            BankAccountEntity bank = JpaBankAccountService.find(em, statement.bankAccount());
            // lines as values, not entities: matched ones are updated in JDBC batches below
            List<MatchRules.Line> lines = em.createQuery("SELECT l.id, l.amount, l.bookingDate, l.text,"
                    + " l.counterparty, l.reference, l.counterpartyIban FROM StatementLineEntity l"
                    + " WHERE l.statement = :id AND l.status = :status ORDER BY l.lineNo", Object[].class)
                    .setParameter("id", statementId).setParameter("status", StatementLineStatus.UNMATCHED)
                    .getResultList().stream().map(r -> new MatchRules.Line((Long) r[0], (BigDecimal) r[1],
                            (LocalDate) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6])).toList();
            Map<Long, OpenItem> chosen = rules(em, bank).autoMatch(lines);
            // the settlements' queries read reference data only; with AUTO each one would first flush every
            // managed invoice and receipt (quadratic); changes are flushed once below
            FlushModeType flushMode = em.getFlushMode();
            em.setFlushMode(FlushModeType.COMMIT);
            Map<Long, Settled> settled = new LinkedHashMap<>();
            try {
                for (MatchRules.Line line : lines) {
                    OpenItem item = chosen.get(line.id());
                    if (item == null) {
                        continue;
                    }
                    try {
                        settled.put(line.id(), new Settled(item, sources.get(item.kind()).settle(tx, bank, line,
                                item)));
                    } catch (ValidationFailedException | ConflictProblem refused) {
                        // refused before anything was written (e.g. paid before the invoice date): a person looks
                    }
                }
            } finally {
                em.setFlushMode(flushMode);
            }
            if (!settled.isEmpty()) {
                statement.matched(settled.size());
                em.flush();
                markMatched(em, settled);
                tx.wrote(settled.size() + 1);
                // one record for the run: each line names what it settled, and every receipt it created and every
                // allocation is audited by receivables
                tx.audit(FinanceModule.ENTITY_BANK_STATEMENT, Long.toString(statementId), "AUTO_MATCH",
                        new ChangeSet().created("matchedLines", settled.size()).created("status", statement.status()));
            }
            return new AutoMatchResult(settled.size(), lines.size() - settled.size(),
                    statement.toStatement(bank.code()));
        });
    }

    private record Settled(OpenItem item, OpenItemSource.Settlement settlement) {
    }

    /*
     * Derby updates every index on a column an UPDATE sets, changed or not: a line settled by a receipt does not set
     * PAYMENT_ID (and the other way round), so each row costs one index change, not two.
     */
    private static final String MARK_MATCHED = "UPDATE FIN_BANK_STATEMENT_LINE SET STATUS = ?, MATCH_KIND = ?,"
            + " MATCHED_ID = ?, MATCHED_NUMBER = ?, %s = ?, RECEIPT_CREATED = ?, JOURNAL_ENTRY_ID = ?,"
            + " VERSION = VERSION + 1 WHERE ID = ? AND STATUS = ?";

    /** Records the matches of auto-match in JDBC batches; a line matched meanwhile fails the whole run. */
    private static void markMatched(EntityManager em, Map<Long, Settled> settled) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement byReceipt = connection.prepareStatement(String.format(MARK_MATCHED, "RECEIPT_ID"));
                PreparedStatement byPayment = connection.prepareStatement(String.format(MARK_MATCHED,
                        "PAYMENT_ID"))) {
            for (Map.Entry<Long, Settled> line : settled.entrySet()) {
                OpenItemSource.Settlement s = line.getValue().settlement();
                PreparedStatement update = s.payment() == null ? byReceipt : byPayment;
                update.setString(1, StatementLineStatus.MATCHED.name());
                update.setString(2, line.getValue().item().kind());
                update.setLong(3, line.getValue().item().id());
                update.setString(4, s.number());
                setLong(update, 5, s.payment() == null ? s.receipt() : s.payment());
                update.setBoolean(6, s.created());
                setLong(update, 7, s.journalEntry());
                update.setLong(8, line.getKey());
                update.setString(9, StatementLineStatus.UNMATCHED.name());
                update.addBatch();
            }
            for (PreparedStatement update : List.of(byReceipt, byPayment)) {
                for (int count : update.executeBatch()) {
                    if (count == 0) {
                        throw new ConflictProblem("a line of the statement was matched meanwhile; run auto-match"
                                + " again");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statement lines could not be marked matched", e);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    List<MatchProposal> proposals(long lineId) {
        return Jpa.read(jpa, em -> {
            StatementLineEntity line = JpaBankStatementService.findLine(em, lineId);
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
        Map<String, Long> items = new LinkedHashMap<>();
        items.put(InvoiceItems.KIND, request.invoice());
        items.put(ReceiptItems.KIND, request.receipt());
        items.put(BillItems.KIND, request.bill());
        items.put(PaymentItems.KIND, request.payment());
        items.values().removeIf(Objects::isNull);
        v.check(items.size() + (request.explanation() != null ? 1 : 0) == 1, "invoice",
                "name exactly one of invoice, receipt, bill, payment or explanation");
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
            StatementLineEntity line = JpaBankStatementService.findLine(em, lineId);
            if (line.status() != StatementLineStatus.UNMATCHED) {
                throw new ConflictProblem("statement line " + lineId + " is " + line.status() + " already");
            }
            BankStatementEntity statement = JpaBankStatementService.findStatement(em, line.statement());
            BankAccountEntity bank = JpaBankAccountService.find(em, statement.bankAccount());
            if (request.explanation() != null) {
                explain(tx, bank, statement, line, request.explanation().trim(),
                        request.account() == null ? bank.feeAccount() : request.account());
            } else {
                String kind = items.keySet().iterator().next();
                String field = kind.toLowerCase(Locale.ROOT);
                long id = items.get(kind);
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
                OpenItemSource.Settlement settlement = source.settle(tx, bank, line.toRuleLine(), item);
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
        java.util.Optional<AccountEntity> target = JpaAccountService.find(tx.em(), account);
        if (target.isEmpty() || !target.get().active() || JpaAccountService.hasChildren(tx.em(), account)) {
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
            StatementLineEntity line = JpaBankStatementService.findLine(em, lineId);
            if (line.status() == StatementLineStatus.UNMATCHED) {
                throw new ConflictProblem("statement line " + lineId + " is not matched");
            }
            if (line.receiptCreated()) {
                throw new ConflictProblem("statement line " + lineId + " created its " + (line.payment() == null
                        ? "receipt; a posted receipt" : "supplier payment; a posted payment") + " is not undone by"
                        + " unmatching (reverse it instead)");
            }
            if (line.status() == StatementLineStatus.EXPLAINED) {
                tx.reverse(line.journalEntry(), line.bookingDate());
            }
            String before = line.matchKind();
            line.unmatched();
            JpaBankStatementService.findStatement(em, line.statement()).matched(-1);
            em.flush();
            tx.wrote(2);
            audit(tx, line, "UNMATCH", before);
            return line.toLine();
        });
    }

    private static BankAccountEntity bankOf(EntityManager em, StatementLineEntity line) {
        return JpaBankAccountService.find(em, JpaBankStatementService.findStatement(em, line.statement())
                .bankAccount());
    }

    private static void audit(LedgerTransaction tx, StatementLineEntity line, String action, String what) {
        tx.audit(FinanceModule.ENTITY_STATEMENT_LINE, Long.toString(line.id()), action,
                new ChangeSet().compare("status", StatementLineStatus.UNMATCHED, line.status()).created("match", what));
    }
}
