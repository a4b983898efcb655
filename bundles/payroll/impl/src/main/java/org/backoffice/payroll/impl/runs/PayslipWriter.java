package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.backoffice.payroll.api.runs.Segment;
import org.backoffice.platform.support.jpa.PreparedStatements;

/**
 * Replaces a run's payslips and lines in the caller's transaction with JDBC batches (a run of 10,000 employees writes
 * some 150,000 lines). Ids are derived from the run id, so a recalculation reuses them and no id table is locked:
 * payslip {@code run × 10^6 + n}, line {@code run × 10^8 + n}.
 */
final class PayslipWriter {

    static final long PAYSLIPS_PER_RUN = 1_000_000L;
    static final long LINES_PER_RUN = 100_000_000L;
    private static final int BATCH = 1000;
    private static final String INSERT_PAYSLIP = "INSERT INTO PAY_PAYSLIP (ID, RUN_ID, EMPLOYEE, PERIOD,"
            + " EMPLOYEE_NAME, USER_NAME, COST_CENTRE, IBAN, CURRENCY, GROSS, DEDUCTIONS, NET, EMPLOYER_COST, SEGMENTS)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "INSERT INTO PAY_LINE (ID, PAYSLIP_ID, RUN_ID, EMPLOYEE, PAY_YEAR,"
            + " PAID_FOR, POSITION, CODE, NAME, KIND, BASE, RATE, AMOUNT, POSTED)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private PayslipWriter() {
    }

    static void replace(EntityManager em, long runId, String period, List<PayslipDraft> drafts) {
        em.createQuery("DELETE FROM LineEntity l WHERE l.runId = :run").setParameter("run", runId).executeUpdate();
        em.createQuery("DELETE FROM PayslipEntity p WHERE p.runId = :run").setParameter("run", runId)
                .executeUpdate();
        int year = Integer.parseInt(period.substring(0, 4));
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatements statements = new PreparedStatements(connection)) {
            PreparedStatement payslips = statements.statement(INSERT_PAYSLIP);
            PreparedStatement lines = statements.statement(INSERT_LINE);
            long payslipId = runId * PAYSLIPS_PER_RUN;
            long lineId = runId * LINES_PER_RUN;
            int pendingPayslips = 0;
            int pendingLines = 0;
            for (PayslipDraft d : drafts) {
                payslipId++;
                HrFacts.Person person = d.person();
                payslips.setLong(1, payslipId);
                payslips.setLong(2, runId);
                payslips.setString(3, d.employee());
                payslips.setString(4, period);
                text(payslips, 5, person == null ? null : person.name());
                text(payslips, 6, person == null ? null : person.user());
                text(payslips, 7, person == null ? null : person.costCentre());
                text(payslips, 8, null);
                payslips.setString(9, d.currency());
                payslips.setBigDecimal(10, d.gross());
                payslips.setBigDecimal(11, d.deductions());
                payslips.setBigDecimal(12, d.net());
                payslips.setBigDecimal(13, d.employerCost());
                payslips.setString(14, segments(d.segments()));
                payslips.addBatch();
                if (++pendingPayslips == BATCH) {
                    payslips.executeBatch();
                    pendingPayslips = 0;
                }
                int position = 0;
                for (PayslipDraft.Line line : d.lines()) {
                    lines.setLong(1, ++lineId);
                    lines.setLong(2, payslipId);
                    lines.setLong(3, runId);
                    lines.setString(4, d.employee());
                    lines.setInt(5, year);
                    lines.setString(6, line.paidFor());
                    lines.setInt(7, position++);
                    lines.setString(8, line.code());
                    lines.setString(9, line.name());
                    lines.setString(10, line.kind().name());
                    decimal(lines, 11, line.base());
                    decimal(lines, 12, line.rate());
                    lines.setBigDecimal(13, line.amount());
                    lines.setBoolean(14, false);
                    lines.addBatch();
                    if (++pendingLines == BATCH) {
                        lines.executeBatch();
                        pendingLines = 0;
                    }
                }
            }
            if (pendingPayslips > 0) {
                payslips.executeBatch();
            }
            if (pendingLines > 0) {
                lines.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("writing the payslips of run " + runId + " failed", e);
        }
    }

    /** Marks the run's lines as posted: they now count in year-to-date totals and in what was paid. */
    static void posted(EntityManager em, long runId) {
        em.createQuery("UPDATE LineEntity l SET l.posted = TRUE WHERE l.runId = :run").setParameter("run", runId)
                .executeUpdate();
    }

    static String segments(List<Segment> segments) {
        return String.join("\n", segments.stream().map(s -> s.from() + "\t" + s.to() + "\t" + s.payDays() + "\t"
                + s.basePay().toPlainString() + "\t" + s.fte().toPlainString()).toList());
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void decimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }
}
