package org.backoffice.finance.impl.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.backoffice.finance.api.ledger.EntryStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalLine;
import org.backoffice.finance.api.ledger.PeriodStatus;
import org.backoffice.finance.impl.ledger.rates.JpaExchangeRateService;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.NewEvent;
import org.backoffice.platform.api.numbers.NumberSeries;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.tx.JpaGroupTransaction;
import org.eclipse.persistence.sessions.Session;

/**
 * The state of one posting writer transaction (see {@link GroupCommitWriter}): the journal rows are written through JDBC
 * on the transaction's connection with statements prepared once per group, while what every posting touches is
 * gathered and written once at the end: number series (locked at first use, stored at the end), balance deltas
 * (summed per account and period, updated in key order), audit records and events (one batch each). Exchange
 * rates are read once per group, periods and accounts once per {@link ReferenceCache} lifetime.
 *
 * <p>Not thread-safe: it lives on the writer thread for one transaction.
 */
final class PostingBatch implements JpaGroupTransaction.Batch {

    /** Journal rows per multi-row insert: one statement execution for many rows is most of a bulk posting's gain. */
    static final int ROWS_PER_INSERT = 50;
    /** Audit records written at once while a work runs. */
    static final int AUDIT_CHUNK = 1000;
    // REVERSED_BY is set later (markReversed), VERSION starts at 1 as EclipseLink's would
    private static final String INSERT_ENTRY = "INSERT INTO FIN_JOURNAL_ENTRY (ID, ENTRY_NUMBER, ENTRY_DATE,"
            + " PERIOD_ID, DESCRIPTION, REFERENCE, SOURCE, SOURCE_DOCUMENT, STATUS, REVERSAL_OF, CREATED_AT,"
            + " CREATED_BY, POSTED_AT, POSTED_BY, VERSION)";
    private static final int[] ENTRY_TYPES = {Types.BIGINT, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR,
        Types.TIMESTAMP, Types.VARCHAR, Types.BIGINT};
    private static final String INSERT_LINE = "INSERT INTO FIN_JOURNAL_LINE (ID, ENTRY_ID, LINE_NO, ACCOUNT_CODE,"
            + " DEBIT, CREDIT, CURRENCY, RATE, BASE_DEBIT, BASE_CREDIT, PARTNER_CODE, MEMO)";
    private static final int[] LINE_TYPES = {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR,
        Types.DECIMAL, Types.DECIMAL, Types.VARCHAR, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.VARCHAR,
        Types.VARCHAR};
    private static final String MARK_POSTED = "UPDATE FIN_JOURNAL_ENTRY SET ENTRY_NUMBER = ?, STATUS = ?,"
            + " POSTED_AT = ?, POSTED_BY = ?, VERSION = VERSION + 1 WHERE ID = ? AND STATUS = ?";
    private static final String MARK_REVERSED = "UPDATE FIN_JOURNAL_ENTRY SET REVERSED_BY = ?, VERSION = VERSION + 1"
            + " WHERE ID = ? AND REVERSED_BY IS NULL";
    private static final String READ_PERIOD = "SELECT STATUS FROM FIN_PERIOD WHERE ID = ?";
    private static final String READ_ACCOUNT = "SELECT a.ACTIVE, a.CURRENCY, CASE WHEN EXISTS (SELECT 1 FROM FIN_ACCOUNT c"
            + " WHERE c.PARENT_CODE = a.CODE) THEN 0 ELSE 1 END FROM FIN_ACCOUNT a WHERE a.CODE = ?";
    private static final String LOCK_OPEN_PERIOD = "UPDATE FIN_PERIOD SET STATUS = STATUS WHERE ID = ? AND STATUS = ?";

    private static final PostingRules.AccountInfo NO_ACCOUNT = new PostingRules.AccountInfo("", false, false, null);

    private record RateKey(String currency, LocalDate date) {
    }

    private final EntityManager em;
    private final Session session;
    private final AuditTrail audit;
    private final EventLog events;
    private final BatchStatements statements;
    private final JournalNumbers numbers;
    private final BalanceDeltas balances = new BalanceDeltas();
    private final Map<String, PostingRules.AccountInfo> accounts;
    private final Map<RateKey, Optional<BigDecimal>> rates = new HashMap<>();
    private final Map<String, Optional<PeriodStatus>> periods;
    private final Set<String> postedPeriods = new HashSet<>();
    private final List<AuditEntry> auditEntries = new ArrayList<>();
    private final List<NewEvent> newEvents = new ArrayList<>();
    private final List<Object[]> pendingEntries = new ArrayList<>();
    private final List<Object[]> pendingLines = new ArrayList<>();
    private final Map<String, PendingRows> pendingRows = new java.util.LinkedHashMap<>();
    private int writes;
    private String user;

    PostingBatch(EntityManager em, AuditTrail audit, EventLog events, NumberSeries numberSeries, ReferenceCache cache) {
        this.em = em;
        this.accounts = cache.accounts;
        this.periods = cache.periods;
        this.audit = audit;
        this.events = events;
        this.statements = new BatchStatements(em.unwrap(Connection.class));
        this.numbers = new JournalNumbers(numberSeries, em);
        this.session = em.unwrap(Session.class);
    }

    EntityManager em() {
        return em;
    }

    /** Runs a work for a user: what it stores and records is attributed to that user. */
    <T> T runAs(String user, Function<PostingBatch, T> work) {
        this.user = user;
        try {
            return work.apply(this);
        } finally {
            this.user = null;
        }
    }

    /** The user of the running work. */
    String user() {
        return user;
    }

    /** How many rows this batch has written or queued so far; unchanged across a work that wrote nothing. */
    @Override
    public int writes() {
        return writes + auditEntries.size() + newEvents.size();
    }

    /** What the posting rules need to know about the accounts (cached, see {@link ReferenceCache}). */
    Map<String, PostingRules.AccountInfo> accounts(Collection<String> codes) {
        Map<String, PostingRules.AccountInfo> found = new HashMap<>();
        for (String code : codes) {
            PostingRules.AccountInfo account = accounts.computeIfAbsent(code, this::readAccount);
            if (account != NO_ACCOUNT) {
                found.put(code, account);
            }
        }
        return found;
    }

    private PostingRules.AccountInfo readAccount(String code) {
        try {
            PreparedStatement read = statement(READ_ACCOUNT);
            read.setString(1, code);
            try (ResultSet row = read.executeQuery()) {
                return row.next()
                        ? new PostingRules.AccountInfo(code, row.getInt(3) == 1, row.getBoolean(1), row.getString(2))
                        : NO_ACCOUNT;
            }
        } catch (SQLException e) {
            throw BatchStatements.failure("account " + code, e);
        }
    }

    /** The status of a fiscal period, empty when there is none (cached, see {@link ReferenceCache}). */
    Optional<PeriodStatus> periodStatus(String id) {
        return periods.computeIfAbsent(id, p -> {
            try {
                PreparedStatement read = statement(READ_PERIOD);
                read.setString(1, p);
                try (ResultSet row = read.executeQuery()) {
                    return row.next() ? Optional.of(PeriodStatus.valueOf(row.getString(1))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw BatchStatements.failure("period " + p, e);
            }
        });
    }

    /** Forgets the period statuses read so far, after a work changed them. */
    void forgetPeriods() {
        periods.clear();
    }

    /** The base-currency rate of a currency on a date, read once per group. */
    Optional<BigDecimal> rate(String currency, LocalDate date) {
        return rates.computeIfAbsent(new RateKey(currency, date),
                k -> JpaExchangeRateService.rateOn(em, currency, date).map(rate -> rate.rate()));
    }

    /** A new id from the entity's table generator (blocks reserved on EclipseLink's sequence connection). */
    long nextId(Class<?> entity) {
        return ((Number) session.getNextSequenceNumberValue(entity)).longValue();
    }

    /** The next number of a gapless series; the series row stays locked until the transaction ends. */
    long nextNumber(String prefix, int fiscalYear) {
        long number = numbers.next(prefix, fiscalYear);
        // a number taken is a write: a work failing after it rolls the group back, so no number is lost
        writes++;
        return number;
    }

    /**
     * Queues an entry and its lines for insertion; the entry's id and line numbers are already set. Queued rows are
     * written with multi-row inserts of {@value #ROWS_PER_INSERT} rows ({@link #flushJournal}) when enough are
     * queued, at the end of each work, and before anything reads or changes stored entries.
     */
    void insert(JournalEntry entry, Instant createdAt, String createdBy) {
        pendingEntries.add(new Object[] {entry.id(), entry.number(), Date.valueOf(entry.date()), entry.period(),
                entry.description(), entry.reference(), entry.source(), entry.sourceDocument(),
                entry.status().name(), entry.reversalOf(), UtcInstant.toTimestamp(createdAt), createdBy,
                entry.postedAt() == null ? null : UtcInstant.toTimestamp(entry.postedAt()), entry.postedBy(), 1L});
        for (JournalLine line : entry.lines()) {
            pendingLines.add(new Object[] {nextId(JournalLineEntity.class), entry.id(), line.lineNo(),
                    line.account(), line.debit(), line.credit(), line.currency(), line.rate(), line.baseDebit(),
                    line.baseCredit(), line.partner(), line.memo()});
        }
        writes += 1 + entry.lines().size();
        if (pendingEntries.size() >= ROWS_PER_INSERT) {
            flushJournal();
        }
    }

    /** Writes the queued rows: journal entries first (their lines refer to them), then {@link #queue documents}. */
    void flushJournal() {
        try {
            insertRows(INSERT_ENTRY, ENTRY_TYPES, pendingEntries);
            insertRows(INSERT_LINE, LINE_TYPES, pendingLines);
            for (Map.Entry<String, PendingRows> table : pendingRows.entrySet()) {
                insertRows(table.getKey(), table.getValue().types(), table.getValue().rows());
            }
        } catch (SQLException e) {
            throw BatchStatements.failure("journal entries and documents", e);
        } finally {
            pendingEntries.clear();
            pendingLines.clear();
            pendingRows.clear();
        }
    }

    /** {@code rows} in statements of up to {@value #ROWS_PER_INSERT} rows ({@code into} without VALUES). */
    private void insertRows(String into, int[] types, List<Object[]> rows) throws SQLException {
        for (int start = 0; start < rows.size(); start += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_INSERT));
            PreparedStatement insert = statement(into + " VALUES " + String.join(", ", Collections.nCopies(
                    chunk.size(), "(" + String.join(", ", Collections.nCopies(types.length, "?")) + ")")));
            int index = 1;
            for (Object[] row : chunk) {
                for (int column = 0; column < types.length; column++) {
                    BatchStatements.bind(insert, index++, types[column], row[column]);
                }
            }
            insert.executeUpdate();
        }
    }

    /**
     * Queues one row of a document table of this bundle (a receipt, an allocation) for the next
     * {@link #flushJournal flush}, which writes it with multi-row inserts on the transaction's connection: the hot path
     * of bulk work such as bank auto-match, where entities would cost a persistence-context registration and a change
     * computation each. {@code into} is {@code INSERT INTO T (A, B, ...)}; {@code types} the columns' SQL types.
     * Counted as written at once.
     */
    void queue(String into, int[] types, Object... row) {
        if (types.length != row.length) {
            throw new IllegalArgumentException(types.length + " columns, " + row.length + " values");
        }
        pendingRows.computeIfAbsent(into, k -> new PendingRows(types, new ArrayList<>())).rows().add(row);
        writes++;
    }

    private record PendingRows(int[] types, List<Object[]> rows) {
    }

    /** Marks a stored draft as posted; false when it is no longer a draft. */
    boolean markPosted(long entryId, String number, Instant at, String user) {
        flushJournal();
        try {
            PreparedStatement update = statement(MARK_POSTED);
            update.setString(1, number);
            update.setString(2, EntryStatus.POSTED.name());
            update.setTimestamp(3, UtcInstant.toTimestamp(at));
            update.setString(4, user);
            update.setLong(5, entryId);
            update.setString(6, EntryStatus.DRAFT.name());
            writes++;
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw BatchStatements.failure("journal entry " + entryId, e);
        }
    }

    /** Links a posted entry to its reversal; false when it already has one. */
    boolean markReversed(long entryId, long reversalId) {
        flushJournal();
        try {
            PreparedStatement update = statement(MARK_REVERSED);
            update.setLong(1, reversalId);
            update.setLong(2, entryId);
            writes++;
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw BatchStatements.failure("journal entry " + entryId, e);
        }
    }

    /** Adds the base amounts of posted lines to their accounts' balances in the period (written at the end). */
    void addToBalances(String period, List<JournalLine> lines) {
        if (postedPeriods.add(period)) {
            lockOpenPeriod(period);
        }
        balances.add(period, lines);
    }

    /** Counts rows a work changed through the entity manager (flushed), so a later refusal rolls the group back. */
    void wrote(int rows) {
        writes += rows;
    }

    /**
     * Queues an audit record; they are written in chunks of {@value #AUDIT_CHUNK} and at the end, so a bulk work such
     * as bank auto-match does not hold tens of thousands of records (and tenure them into the old generation).
     */
    void audit(AuditEntry entry) {
        auditEntries.add(entry);
        if (auditEntries.size() >= AUDIT_CHUNK) {
            writeAudit();
        }
    }

    private void writeAudit() {
        if (!auditEntries.isEmpty()) {
            audit.recordAll(em, auditEntries);
            writes += auditEntries.size();
            auditEntries.clear();
        }
    }

    void event(NewEvent event) {
        newEvents.add(event);
    }

    /**
     * Writes the balance deltas gathered so far, in key order so that concurrent writers lock rows in one order.
     * Called before anything reads balances inside the group, and at the end.
     */
    void writeBalances() {
        balances.write(statements);
    }

    /**
     * Locks the row of a period posted into until the transaction ends, checking that it is still open: the status
     * the group read may be older (see {@link ReferenceCache}), and a period closed since makes the group fail (its
     * postings are then retried one by one, so only those into that period are refused). Closing a period waits for
     * the postings holding this lock.
     */
    private void lockOpenPeriod(String period) {
        try {
            PreparedStatement lock = statement(LOCK_OPEN_PERIOD);
            lock.setString(1, period);
            lock.setString(2, PeriodStatus.OPEN.name());
            if (lock.executeUpdate() == 0) {
                throw new IllegalStateException("period " + period + " was closed while the group was being posted");
            }
        } catch (SQLException e) {
            throw BatchStatements.failure("period " + period, e);
        }
    }

    /** Writes what the group gathered: numbers, balances, audit records, events (the event sequence is last). */
    void finish() {
        flushJournal();
        numbers.store();
        writeBalances();
        writeAudit();
        if (!newEvents.isEmpty()) {
            events.appendAll(em, newEvents);
        }
    }

    @Override
    public void close() {
        statements.close();
    }

    private PreparedStatement statement(String sql) throws SQLException {
        return statements.statement(sql);
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
