package org.backoffice.hr.impl.leave;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.PreparedStatements;
import org.eclipse.persistence.sessions.Session;

/**
 * The accrual job's writes: its credits and the openings it stores, inserted through JDBC batches on the transaction's
 * connection (ten thousand entity inserts cost the entity manager about three times as much). Ids come from the
 * entities' table generators, so rows written either way never share one. Lives for one transaction.
 */
final class LedgerBatch implements AutoCloseable {

    private static final String INSERT_MOVEMENT = "INSERT INTO HR_LEAVE_MOVEMENT (ID, EMPLOYEE_ID, TYPE_CODE,"
            + " MOVE_DATE, MOVE_YEAR, AFTER_EXPIRY, KIND, AMOUNT, PERIOD_KEY, REQUEST_ID, NOTE, CREATED_BY, CREATED_AT)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OPENING = "INSERT INTO HR_LEAVE_OPENING (ID, EMPLOYEE_ID, TYPE_CODE,"
            + " LEAVE_YEAR, AMOUNT, TYPE_VERSION) VALUES (?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    private final EntityManager em;
    private final PreparedStatements statements;
    private int movements;
    private int openings;

    LedgerBatch(EntityManager em) {
        this.em = em;
        this.statements = new PreparedStatements(em.unwrap(Connection.class));
    }

    /** An accrual credit of a period (a zero credit too: it marks the period as done). */
    void credit(long employeeId, String typeCode, LocalDate date, boolean afterExpiry, BigDecimal amount,
            String periodKey, String user, Instant now) {
        try {
            PreparedStatement insert = statements.statement(INSERT_MOVEMENT);
            insert.setLong(1, nextId(LeaveMovementEntity.class));
            insert.setLong(2, employeeId);
            insert.setString(3, typeCode);
            insert.setDate(4, java.sql.Date.valueOf(date));
            insert.setInt(5, date.getYear());
            insert.setBoolean(6, afterExpiry);
            insert.setString(7, Ledger.ACCRUAL);
            insert.setBigDecimal(8, amount);
            insert.setString(9, periodKey);
            insert.setNull(10, Types.BIGINT);
            insert.setString(11, "accrual " + periodKey);
            insert.setString(12, user);
            insert.setTimestamp(13, UtcInstant.toTimestamp(now));
            insert.addBatch();
            if (++movements % BATCH == 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not store the accrual credits", e);
        }
    }

    /** The balance an employee opens {@code year} with, under the type's policy version. */
    void opening(long employeeId, String typeCode, int year, BigDecimal amount, long typeVersion) {
        try {
            PreparedStatement insert = statements.statement(INSERT_OPENING);
            insert.setLong(1, nextId(LeaveOpeningEntity.class));
            insert.setLong(2, employeeId);
            insert.setString(3, typeCode);
            insert.setInt(4, year);
            insert.setBigDecimal(5, amount);
            insert.setLong(6, typeVersion);
            insert.addBatch();
            if (++openings % BATCH == 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not store the leave openings", e);
        }
    }

    /** Sends what is still batched; later queries of the transaction see every row. */
    void flush() {
        try {
            if (movements % BATCH != 0) {
                statements.statement(INSERT_MOVEMENT).executeBatch();
            }
            if (openings % BATCH != 0) {
                statements.statement(INSERT_OPENING).executeBatch();
            }
            movements = 0;
            openings = 0;
        } catch (SQLException e) {
            throw new PersistenceException("could not store the accrual credits", e);
        }
    }

    private long nextId(Class<?> entity) {
        return ((Number) em.unwrap(Session.class).getNextSequenceNumberValue(entity)).longValue();
    }

    @Override
    public void close() {
        statements.close();
    }
}
