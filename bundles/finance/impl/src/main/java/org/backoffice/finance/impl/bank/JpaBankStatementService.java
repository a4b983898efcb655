package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.bank.AutoMatchResult;
import org.backoffice.finance.api.bank.BankStatement;
import org.backoffice.finance.api.bank.BankStatementService;
import org.backoffice.finance.api.bank.CsvMapping;
import org.backoffice.finance.api.bank.MatchProposal;
import org.backoffice.finance.api.bank.MatchRequest;
import org.backoffice.finance.api.bank.Reconciliation;
import org.backoffice.finance.api.bank.StatementFormat;
import org.backoffice.finance.api.bank.StatementImport;
import org.backoffice.finance.api.bank.StatementLine;
import org.backoffice.finance.api.bank.StatementLineStatus;
import org.backoffice.finance.impl.FinanceConfig;
import org.backoffice.finance.impl.Hashes;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.PartnerRoles;
import org.backoffice.finance.impl.ledger.LedgerConfig;
import org.backoffice.finance.impl.ledger.PostingTransactions;
import org.backoffice.finance.impl.payables.PaymentPosting;
import org.backoffice.finance.impl.receivables.ReceiptPosting;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.BankIdentifiers;
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
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Bank statements on JPA: imports are plain transactions (they reach no ledger); matching runs in the ledger's posting
 * transaction through {@link StatementMatcher}, so a receipt a match creates and the line's match commit together.
 */
@Component(service = BankStatementService.class, configurationPid = FinanceConfig.PID)
public final class JpaBankStatementService implements BankStatementService {

    static final int MAX_CONTENT = 50 * 1024 * 1024;

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final EventLog events;
    private final StatementMatcher matcher;

    /** The partners module's directory while it is installed (see {@link PartnerRoles}); null without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PartnerService partners;

    @Activate
    public JpaBankStatementService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference EventLog events, @Reference PostingTransactions ledger, @Reference ReceiptPosting receipts,
            @Reference PaymentPosting payments, LedgerConfig ledgerConfig, BankConfig bankConfig) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        // the kinds of open items lines may settle
        this.matcher = new StatementMatcher(jpa, ledger, List.of(new InvoiceItems(receipts), new ReceiptItems(),
                new BillItems(payments), new PaymentItems()),
                bankConfig.bankMatchWindowDays(), ledgerConfig.baseCurrency(),
                code -> PartnerRoles.party(partners, code).orElse(null));
    }

    // ---------------------------------------------------------------- import

    @Override
    public BankStatement importStatement(long bankAccount, StatementImport options, String content) {
        return importStatements(bankAccount, options, content).get(0);
    }

    @Override
    public List<BankStatement> importStatements(long bankAccount, StatementImport options, String content) {
        if (options == null || options.format() == null) {
            throw ValidationFailedException.of("format", "is required: CSV or CAMT053");
        }
        if (content == null || content.isBlank()) {
            throw ValidationFailedException.of("content", "the statement file is empty");
        }
        if (content.length() > MAX_CONTENT) {
            throw ValidationFailedException.of("content", "is larger than " + MAX_CONTENT + " characters");
        }
        CsvMapping mapping = options.format() == StatementFormat.CSV && options.mapping() == null
                ? Jpa.read(jpa, em -> JpaBankAccountService.find(em, bankAccount).csvMapping()) : options.mapping();
        List<ParsedStatement> parsed = options.format() == StatementFormat.CSV
                ? List.of(StatementCsv.parse(content, mapping)) : Camt053.parse(content);
        return Jpa.write(jpa, "BankStatement", em -> {
            BankAccountEntity account = JpaBankAccountService.find(em, bankAccount);
            List<BankStatementEntity> entities = options.format() == StatementFormat.CSV
                    ? List.of(csvStatement(em, account, options, parsed.get(0), content))
                    : camtStatements(em, account, parsed);
            List<BankStatement> created = new ArrayList<>(entities.size());
            for (int i = 0; i < entities.size(); i++) {
                created.add(store(em, account, entities.get(i), parsed.get(i)));
            }
            return List.copyOf(created);
        });
    }

    /** Persists one statement with its lines, its audit record and its event. */
    private BankStatement store(EntityManager em, BankAccountEntity account, BankStatementEntity statement,
            ParsedStatement parsed) {
        em.persist(statement);
        int lineNo = 0;
        for (ParsedStatement.Line line : parsed.lines()) {
            em.persist(new StatementLineEntity(statement.id(), ++lineNo, line, account.currency()));
        }
        em.flush();
        BankStatement created = statement.toStatement(account.code());
        audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_BANK_STATEMENT,
                Long.toString(created.id()), AuditEntry.CREATE, new ChangeSet()
                        .created("bankAccount", account.code()).created("statementId", created.statementId())
                        .created("lines", created.lines()).created("closingBalance", created.closingBalance())
                        .changes()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", created.id());
        payload.put("bankAccount", account.code());
        payload.put("statementId", created.statementId());
        payload.put("lines", created.lines());
        payload.put("closingBalance", created.closingBalance());
        events.append(em, FinanceModule.TOPIC_BANK_STATEMENT_IMPORTED, Long.toString(created.id()), payload);
        return created;
    }

    private static BankStatementEntity csvStatement(EntityManager em, BankAccountEntity account,
            StatementImport options, ParsedStatement parsed, String content) {
        String hash = Hashes.sha256(content);
        refuseRepeat(em, account, "SHA:" + hash, null);
        BigDecimal opening = options.openingBalance() != null ? options.openingBalance()
                : em.createQuery("SELECT s.closingBalance FROM BankStatementEntity s WHERE s.bankAccount = :account"
                        + " ORDER BY s.toDate DESC, s.id DESC", BigDecimal.class)
                        .setParameter("account", account.id()).setMaxResults(1).getResultStream().findFirst()
                        .orElse(BigDecimal.ZERO);
        BigDecimal closing = options.closingBalance() != null ? options.closingBalance() : opening.add(parsed.sum());
        String unbalanced = ParsedStatement.unbalanced(opening, parsed.sum(), closing, account.currency());
        if (unbalanced != null) {
            throw ValidationFailedException.of("closingBalance", unbalanced);
        }
        return new BankStatementEntity(account.id(), StatementFormat.CSV, "SHA:" + hash, parsed,
                "csv-" + hash.substring(0, 16), account.currency(), firstDate(parsed), parsed.closingDate(), opening,
                closing, Instant.now(), Actor.currentUser());
    }

    /**
     * The statements of a camt.053 file, each already balanced by the parser: every one must be of this account and
     * its currency (all problems in one refusal), and none may have been imported before (a file seen before is
     * refused by its first statement).
     */
    private static List<BankStatementEntity> camtStatements(EntityManager em, BankAccountEntity account,
            List<ParsedStatement> parsed) {
        Validator v = new Validator();
        for (int i = 0; i < parsed.size(); i++) {
            ParsedStatement statement = parsed.get(i);
            String stmt = Camt053.element(i, parsed.size());
            v.check(account.iban().equals(BankIdentifiers.normalizeIban(statement.iban())), stmt + "/Acct/Id/IBAN",
                    "the statement is of IBAN " + statement.iban() + ", not of bank account " + account.code() + " ("
                            + account.iban() + ")");
            v.check(account.currency().equals(statement.currency()), stmt + "/Acct/Ccy", "the statement is in "
                    + statement.currency() + ", bank account " + account.code() + " in " + account.currency());
        }
        v.throwIfInvalid();
        List<BankStatementEntity> entities = new ArrayList<>(parsed.size());
        for (ParsedStatement statement : parsed) {
            refuseRepeat(em, account, "ID:" + statement.statementId(), statement.sequenceNumber());
            entities.add(new BankStatementEntity(account.id(), StatementFormat.CAMT053,
                    "ID:" + statement.statementId(), statement, statement.statementId(), account.currency(),
                    firstDate(statement), statement.closingDate(), statement.openingBalance(),
                    statement.closingBalance(), Instant.now(), Actor.currentUser()));
        }
        return entities;
    }

    private static void refuseRepeat(EntityManager em, BankAccountEntity account, String key, String sequence) {
        javax.persistence.TypedQuery<String> query = em.createQuery("SELECT s.statementId FROM BankStatementEntity s"
                + " WHERE s.bankAccount = :account AND (s.statementKey = :key"
                + (sequence == null ? ")" : " OR s.sequenceNumber = :sequence)"), String.class)
                .setParameter("account", account.id()).setParameter("key", key);
        if (sequence != null) {
            query.setParameter("sequence", sequence);
        }
        List<String> found = query.getResultList();
        if (!found.isEmpty()) {
            throw new ConflictProblem("bank account " + account.code() + " has this statement already ("
                    + found.get(0) + "); nothing was imported");
        }
    }

    private static LocalDate firstDate(ParsedStatement parsed) {
        return parsed.lines().stream().map(ParsedStatement.Line::bookingDate).min(LocalDate::compareTo).orElseThrow();
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Page<BankStatement> list(long bankAccount, PageRequest page) {
        return Jpa.read(jpa, em -> {
            String code = JpaBankAccountService.find(em, bankAccount).code();
            return PagedQuery.of("BankStatementEntity", "s").equal("s.bankAccount", bankAccount)
                    .page(em, BankStatementEntity.class, "s.toDate DESC, s.id DESC", page, s -> s.toStatement(code));
        });
    }

    @Override
    public BankStatement require(long statement) {
        return Jpa.read(jpa, em -> statement(em, statement));
    }

    static BankStatement statement(EntityManager em, long id) {
        BankStatementEntity statement = findStatement(em, id);
        return statement.toStatement(JpaBankAccountService.find(em, statement.bankAccount()).code());
    }

    static BankStatementEntity findStatement(EntityManager em, long id) {
        BankStatementEntity statement = em.find(BankStatementEntity.class, id);
        if (statement == null) {
            throw new NotFoundProblem(FinanceModule.ENTITY_BANK_STATEMENT, Long.toString(id));
        }
        return statement;
    }

    static StatementLineEntity findLine(EntityManager em, long id) {
        StatementLineEntity line = em.find(StatementLineEntity.class, id);
        if (line == null) {
            throw new NotFoundProblem(FinanceModule.ENTITY_STATEMENT_LINE, Long.toString(id));
        }
        return line;
    }

    @Override
    public Page<StatementLine> lines(long statement, StatementLineStatus status, PageRequest page) {
        return Jpa.read(jpa, em -> {
            findStatement(em, statement);
            return PagedQuery.of("StatementLineEntity", "l").equal("l.statement", statement).equal("l.status", status)
                    .page(em, StatementLineEntity.class, "l.lineNo", page, StatementLineEntity::toLine);
        });
    }

    @Override
    public StatementLine requireLine(long line) {
        return Jpa.read(jpa, em -> findLine(em, line).toLine());
    }

    // ---------------------------------------------------------------- matching

    @Override
    public AutoMatchResult autoMatch(long statement) {
        return matcher.autoMatch(statement);
    }

    @Override
    public List<MatchProposal> proposals(long line) {
        return matcher.proposals(line);
    }

    @Override
    public StatementLine match(long line, MatchRequest request) {
        return matcher.match(line, request);
    }

    @Override
    public StatementLine unmatch(long line) {
        return matcher.unmatch(line);
    }

    // ---------------------------------------------------------------- reconciliation

    @Override
    public Reconciliation reconciliation(long statementId) {
        return Jpa.read(jpa, em -> {
            BankStatementEntity statement = findStatement(em, statementId);
            BankAccountEntity account = JpaBankAccountService.find(em, statement.bankAccount());
            Object sum = em.createNativeQuery("SELECT SUM(COALESCE(l.DEBIT, 0) - COALESCE(l.CREDIT, 0))"
                    + " FROM FIN_JOURNAL_LINE l JOIN FIN_JOURNAL_ENTRY e ON e.ID = l.ENTRY_ID"
                    + " WHERE l.ACCOUNT_CODE = ? AND l.CURRENCY = ? AND e.STATUS = 'POSTED' AND e.ENTRY_DATE <= ?")
                    .setParameter(1, account.ledgerAccount()).setParameter(2, account.currency())
                    .setParameter(3, java.sql.Date.valueOf(statement.toDate())).getSingleResult();
            BigDecimal ledger = sum == null ? BigDecimal.ZERO
                    : sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
            String currency = account.currency();
            List<StatementLine> unmatched = em.createQuery("SELECT l FROM StatementLineEntity l WHERE l.statement"
                    + " = :id AND l.status = :status ORDER BY l.lineNo", StatementLineEntity.class)
                    .setParameter("id", statementId).setParameter("status", StatementLineStatus.UNMATCHED)
                    .setMaxResults(PageRequest.MAX_LIMIT).getResultList().stream().map(StatementLineEntity::toLine)
                    .toList();
            return new Reconciliation(statementId, account.code(), account.ledgerAccount(), statement.toDate(),
                    currency, Money.display(ledger, currency), Money.display(statement.closingBalance(), currency),
                    Money.display(statement.closingBalance().subtract(ledger), currency), statement.status(),
                    unmatched);
        });
    }
}
