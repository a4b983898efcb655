package org.backoffice.finance.impl.dunning;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.backoffice.finance.api.dunning.DunningNotice;
import org.backoffice.finance.api.dunning.DunningRun;
import org.backoffice.platform.api.persistence.UtcInstant;

/**
 * The set-based storage of a dunning run: one query finds the candidate invoices with the highest level each
 * received, and the run, its notices and their items are written as JDBC batches on the posting transaction's
 * connection (a run over 10,000 invoices is three statements, not 10,000 entity writes).
 */
final class DunningWriter {

    private static final String CANDIDATES = "SELECT i.ID, i.CUSTOMER_CODE, i.DOC_NUMBER, i.DUE_DATE, i.OPEN_AMOUNT,"
            + " (SELECT MAX(d.LEVEL_NO) FROM FIN_DUNNING_ITEM d WHERE d.INVOICE_ID = i.ID), i.CURRENCY"
            + " FROM FIN_INVOICE i"
            + " WHERE i.DOC_TYPE = 'INVOICE' AND i.STATUS IN ('POSTED', 'PARTIALLY_PAID') AND i.OPEN_AMOUNT > 0"
            + " AND i.DUE_DATE <= ?"
            // a fee invoice is not dunned itself (no fee on a fee)
            + " AND NOT EXISTS (SELECT 1 FROM FIN_DUNNING_NOTICE f WHERE f.FEE_INVOICE_ID = i.ID)";
    private static final String INSERT_RUN = "INSERT INTO FIN_DUNNING_RUN (ID, RUN_DATE, NOTICES, INVOICES,"
            + " TOTAL_FEES, CURRENCY, CREATED_AT, CREATED_BY) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_NOTICE = "INSERT INTO FIN_DUNNING_NOTICE (ID, DOC_NUMBER, RUN_ID,"
            + " CUSTOMER_CODE, NOTICE_DATE, LEVEL_NO, LEVEL_NAME, LETTER_TEXT, TOTAL, FEE, CURRENCY, JOURNAL_ENTRY_ID,"
            + " CREATED_AT, CREATED_BY, FEE_INVOICE_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ITEM = "INSERT INTO FIN_DUNNING_ITEM (ID, NOTICE_ID, INVOICE_ID,"
            + " INVOICE_NUMBER, DUE_DATE, DAYS_OVERDUE, OPEN_AMOUNT, LEVEL_NO) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    /** A notice to store with the letter text of its level. */
    record Issued(DunningNotice notice, String text) {
    }

    private DunningWriter() {
    }

    /**
     * Posted invoices with an open amount, due on or before {@code dueBy}, by customer, currency and due date; with
     * {@code invoices}, only those.
     */
    static List<DunningRules.Candidate> candidates(EntityManager em, LocalDate dueBy, List<Long> invoices) {
        StringBuilder sql = new StringBuilder(CANDIDATES);
        if (invoices != null) {
            sql.append(" AND i.ID IN (").append("?, ".repeat(invoices.size() - 1)).append("?)");
        }
        sql.append(" ORDER BY i.CUSTOMER_CODE, i.CURRENCY, i.DUE_DATE, i.ID");
        Query query = em.createNativeQuery(sql.toString());
        query.setParameter(1, Date.valueOf(dueBy));
        if (invoices != null) {
            for (int i = 0; i < invoices.size(); i++) {
                query.setParameter(2 + i, invoices.get(i));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<DunningRules.Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            candidates.add(new DunningRules.Candidate(((Number) row[0]).longValue(), (String) row[1],
                    (String) row[6], (String) row[2], localDate(row[3]), decimal(row[4]),
                    row[5] == null ? 0 : ((Number) row[5]).intValue()));
        }
        return candidates;
    }

    /** Writes the run, its notices and items; returns the rows written. */
    static int write(Connection connection, ToLongFunction<Class<?>> ids, DunningRun run, List<Issued> notices) {
        int rows = 0;
        try (PreparedStatement insertRun = connection.prepareStatement(INSERT_RUN);
                PreparedStatement insertNotice = connection.prepareStatement(INSERT_NOTICE);
                PreparedStatement insertItem = connection.prepareStatement(INSERT_ITEM)) {
            insertRun.setLong(1, run.id());
            insertRun.setDate(2, Date.valueOf(run.date()));
            insertRun.setInt(3, run.notices());
            insertRun.setInt(4, run.invoices());
            insertRun.setBigDecimal(5, run.totalFees());
            insertRun.setString(6, run.currency());
            insertRun.setTimestamp(7, UtcInstant.toTimestamp(run.createdAt()));
            insertRun.setString(8, run.createdBy());
            rows += insertRun.executeUpdate();
            int pendingNotices = 0;
            int pendingItems = 0;
            for (Issued issued : notices) {
                DunningNotice n = issued.notice();
                insertNotice.setLong(1, n.id());
                insertNotice.setString(2, n.number());
                insertNotice.setLong(3, run.id());
                insertNotice.setString(4, n.customer());
                insertNotice.setDate(5, Date.valueOf(n.date()));
                insertNotice.setInt(6, n.level());
                insertNotice.setString(7, n.levelName());
                insertNotice.setString(8, issued.text());
                insertNotice.setBigDecimal(9, n.total());
                insertNotice.setBigDecimal(10, n.fee());
                insertNotice.setString(11, n.currency());
                if (n.journalEntry() == null) {
                    insertNotice.setNull(12, Types.BIGINT);
                } else {
                    insertNotice.setLong(12, n.journalEntry());
                }
                insertNotice.setTimestamp(13, UtcInstant.toTimestamp(run.createdAt()));
                insertNotice.setString(14, run.createdBy());
                if (n.feeInvoice() == null) {
                    insertNotice.setNull(15, Types.BIGINT);
                } else {
                    insertNotice.setLong(15, n.feeInvoice());
                }
                insertNotice.addBatch();
                if (++pendingNotices == BATCH) {
                    rows += executed(insertNotice);
                    pendingNotices = 0;
                }
                for (DunningNotice.Item item : n.invoices()) {
                    insertItem.setLong(1, ids.applyAsLong(DunningItemEntity.class));
                    insertItem.setLong(2, n.id());
                    insertItem.setLong(3, item.invoice());
                    insertItem.setString(4, item.number());
                    insertItem.setDate(5, Date.valueOf(item.dueDate()));
                    insertItem.setInt(6, item.daysOverdue());
                    insertItem.setBigDecimal(7, item.open());
                    insertItem.setInt(8, item.level());
                    insertItem.addBatch();
                    if (++pendingItems == BATCH) {
                        rows += executed(insertItem);
                        pendingItems = 0;
                    }
                }
            }
            rows += pendingNotices == 0 ? 0 : executed(insertNotice);
            rows += pendingItems == 0 ? 0 : executed(insertItem);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not write dunning run " + run.id() + ": " + e.getMessage(), e);
        }
    }

    private static int executed(PreparedStatement batch) throws SQLException {
        int[] counts = batch.executeBatch();
        return counts.length;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
