package org.backoffice.finance.impl.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

/**
 * Finance's gapless document numbers, all in one place: the series per prefix and fiscal year in FIN_SEQUENCE, how a
 * number is written ({@code JE-2026-000042}), and the series rows a new fiscal year opens. Kept small and apart on
 * purpose: it is to be replaced by the platform's number-series service.
 *
 * <p>An instance belongs to one posting writer transaction: a series row is locked at its first use and its last
 * number stored by {@link #store} at the end of the group. Not thread-safe.
 */
public final class JournalNumbers {

    /** The prefix of journal entry numbers. */
    static final String JOURNAL = "JE";

    private static final String LOCK_SERIES = "UPDATE FIN_SEQUENCE SET LAST_NUMBER = LAST_NUMBER WHERE SERIES = ?";
    private static final String READ_SERIES = "SELECT LAST_NUMBER FROM FIN_SEQUENCE WHERE SERIES = ?";
    private static final String CREATE_SERIES = "INSERT INTO FIN_SEQUENCE (SERIES, LAST_NUMBER) VALUES (?, 0)";
    private static final String STORE_SERIES = "UPDATE FIN_SEQUENCE SET LAST_NUMBER = ? WHERE SERIES = ?";

    private final BatchStatements statements;
    private final Map<String, long[]> series = new TreeMap<>();

    JournalNumbers(BatchStatements statements) {
        this.statements = statements;
    }

    /** The series of a prefix in a fiscal year, e.g. {@code INV-2026}. */
    static String series(String prefix, int fiscalYear) {
        return prefix + "-" + fiscalYear;
    }

    /** Creates the series rows a fiscal year opens with (those that exist already are left as they are). */
    public static void openSeries(EntityManager em, int fiscalYear) {
        for (String series : seriesOfYear(fiscalYear)) {
            if (em.find(SequenceEntity.class, series) == null) {
                em.persist(new SequenceEntity(series));
            }
        }
    }

    /** The series a fiscal year opens with: journal entries and every document prefix. */
    static List<String> seriesOfYear(int fiscalYear) {
        return List.of(JOURNAL, LedgerTransaction.INVOICE, LedgerTransaction.CREDIT_NOTE, LedgerTransaction.RECEIPT,
                LedgerTransaction.BILL, LedgerTransaction.SUPPLIER_PAYMENT).stream()
                .map(prefix -> series(prefix, fiscalYear)).toList();
    }

    /** {@code INV-2026-000001}; beyond 999,999 numbers a year the number simply grows wider. */
    static String format(String prefix, int fiscalYear, long sequence) {
        String digits = Long.toString(sequence);
        return prefix + "-" + fiscalYear + "-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }

    /** The next number of a gapless series; the series row stays locked until the transaction ends. */
    long next(String name) {
        long[] last = series.get(name);
        if (last == null) {
            try {
                PreparedStatement lock = statements.statement(LOCK_SERIES);
                lock.setString(1, name);
                if (lock.executeUpdate() == 0) {
                    // series of years opened before the series existed are created on first use
                    PreparedStatement create = statements.statement(CREATE_SERIES);
                    create.setString(1, name);
                    create.executeUpdate();
                }
                PreparedStatement read = statements.statement(READ_SERIES);
                read.setString(1, name);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    last = new long[] {row.getLong(1)};
                }
            } catch (SQLException e) {
                throw BatchStatements.failure("number series " + name, e);
            }
            series.put(name, last);
        }
        return ++last[0];
    }

    /** Stores the last number of every series used in this transaction. */
    void store() {
        try {
            PreparedStatement store = statements.statement(STORE_SERIES);
            for (Map.Entry<String, long[]> entry : series.entrySet()) {
                store.setLong(1, entry.getValue()[0]);
                store.setString(2, entry.getKey());
                store.executeUpdate();
            }
        } catch (SQLException e) {
            throw BatchStatements.failure("number series", e);
        }
    }
}
