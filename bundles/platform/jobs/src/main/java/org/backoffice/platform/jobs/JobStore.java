package org.backoffice.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.jobs.JobRun;
import org.backoffice.platform.support.jdbc.Jdbc;

/**
 * PLT_JOB_LOCK (one row per job: the last slot claimed and who holds it) and PLT_JOB_RUN (every run). Claiming is one
 * conditional UPDATE, so of two nodes claiming the same slot exactly one changes the row.
 */
final class JobStore {

    private static final Instant NEVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final List<String[]> TABLES = List.of(
            new String[] {"PLT_JOB_LOCK",
                "CREATE TABLE PLT_JOB_LOCK (JOB_ID VARCHAR(100) NOT NULL PRIMARY KEY, LAST_SLOT TIMESTAMP NOT NULL,"
                        + " OWNER VARCHAR(200), LOCKED_UNTIL TIMESTAMP)"},
            new String[] {"PLT_JOB_RUN",
                "CREATE TABLE PLT_JOB_RUN (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                        + " JOB_ID VARCHAR(100) NOT NULL, NODE VARCHAR(200) NOT NULL, RUN_TRIGGER VARCHAR(20) NOT NULL,"
                        + " STARTED_AT TIMESTAMP NOT NULL, ENDED_AT TIMESTAMP, OUTCOME VARCHAR(20) NOT NULL,"
                        + " MESSAGE VARCHAR(2000), ATTEMPT INTEGER NOT NULL)",
                "CREATE INDEX PLT_JOB_RUN_JOB_IX ON PLT_JOB_RUN (JOB_ID, ID)"});
    private static final String COLUMNS =
            "ID, JOB_ID, NODE, RUN_TRIGGER, STARTED_AT, ENDED_AT, OUTCOME, MESSAGE, ATTEMPT";

    private final DataSource dataSource;
    private volatile boolean ready;

    JobStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        if (!ready) {
            synchronized (this) {
                Jdbc.ensureTables(connection, TABLES);
                ready = true;
            }
        }
        return connection;
    }

    /**
     * Claims {@code slot} for {@code node}: true for exactly one caller per job and slot while no run holds the lock;
     * a null slot (run now, retry) needs only the lock.
     */
    boolean claim(String jobId, Instant slot, String node, Instant now, Instant lockedUntil) throws SQLException {
        try (Connection connection = connect()) {
            if (Jdbc.query(connection, "SELECT JOB_ID FROM PLT_JOB_LOCK WHERE JOB_ID = ?", r -> 1, jobId).isEmpty()) {
                try {
                    Jdbc.update(connection, "INSERT INTO PLT_JOB_LOCK (JOB_ID, LAST_SLOT) VALUES (?, ?)", jobId, NEVER);
                } catch (SQLException e) {
                    // the other node inserted it first: the UPDATE below decides
                }
            }
            if (slot == null) {
                // run now or a retry: only the lock counts, the last scheduled slot stays
                return Jdbc.update(connection, "UPDATE PLT_JOB_LOCK SET OWNER = ?, LOCKED_UNTIL = ?"
                        + " WHERE JOB_ID = ? AND (LOCKED_UNTIL IS NULL OR LOCKED_UNTIL < ?)",
                        node, lockedUntil, jobId, now) == 1;
            }
            return Jdbc.update(connection, "UPDATE PLT_JOB_LOCK SET LAST_SLOT = ?, OWNER = ?, LOCKED_UNTIL = ?"
                    + " WHERE JOB_ID = ? AND LAST_SLOT < ? AND (LOCKED_UNTIL IS NULL OR LOCKED_UNTIL < ?)",
                    slot, node, lockedUntil, jobId, slot, now) == 1;
        }
    }

    void release(String jobId, String node) throws SQLException {
        try (Connection connection = connect()) {
            Jdbc.update(connection, "UPDATE PLT_JOB_LOCK SET LOCKED_UNTIL = NULL WHERE JOB_ID = ? AND OWNER = ?",
                    jobId, node);
        }
    }

    /** Who holds the job's lock now, or null. */
    String holder(String jobId, Instant now) throws SQLException {
        try (Connection connection = connect()) {
            List<String> owners = Jdbc.query(connection, "SELECT OWNER FROM PLT_JOB_LOCK WHERE JOB_ID = ?"
                    + " AND LOCKED_UNTIL IS NOT NULL AND LOCKED_UNTIL >= ?", r -> r.getString(1), jobId, now);
            return owners.isEmpty() ? null : owners.get(0);
        }
    }

    JobRun started(String jobId, String node, String trigger, Instant at, int attempt) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO PLT_JOB_RUN (JOB_ID, NODE,"
                        + " RUN_TRIGGER, STARTED_AT, OUTCOME, ATTEMPT) VALUES (?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, jobId);
            insert.setString(2, node);
            insert.setString(3, trigger);
            insert.setTimestamp(4, java.sql.Timestamp.from(at),
                    java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
            insert.setString(5, JobRun.RUNNING);
            insert.setInt(6, attempt);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new JobRun(keys.getLong(1), jobId, node, trigger, at, null, JobRun.RUNNING, null, attempt);
            }
        }
    }

    JobRun ended(JobRun run, Instant at, String outcome, String message) throws SQLException {
        String text = message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message;
        try (Connection connection = connect()) {
            Jdbc.update(connection, "UPDATE PLT_JOB_RUN SET ENDED_AT = ?, OUTCOME = ?, MESSAGE = ? WHERE ID = ?",
                    at, outcome, text, run.id());
        }
        return new JobRun(run.id(), run.jobId(), run.node(), run.trigger(), run.startedAt(), at, outcome, text,
                run.attempt());
    }

    JobRun lastRun(String jobId) throws SQLException {
        try (Connection connection = connect()) {
            List<JobRun> runs = Jdbc.page(connection, "SELECT " + COLUMNS + " FROM PLT_JOB_RUN WHERE JOB_ID = ?"
                    + " ORDER BY ID DESC", JobStore::run, 0, 1, jobId);
            return runs.isEmpty() ? null : runs.get(0);
        }
    }

    /** Failed runs since the last success. */
    int failures(String jobId) throws SQLException {
        try (Connection connection = connect()) {
            long lastSuccess = Jdbc.queryLong(connection, "SELECT COALESCE(MAX(ID), 0) FROM PLT_JOB_RUN"
                    + " WHERE JOB_ID = ? AND OUTCOME = ?", jobId, JobRun.SUCCEEDED);
            return (int) Jdbc.queryLong(connection, "SELECT COUNT(*) FROM PLT_JOB_RUN WHERE JOB_ID = ? AND ID > ?"
                    + " AND OUTCOME = ?", jobId, lastSuccess, JobRun.FAILED);
        }
    }

    Page<JobRun> runs(String jobId, PageRequest page) throws SQLException {
        try (Connection connection = connect()) {
            String where = jobId == null ? "" : " WHERE JOB_ID = ?";
            Object[] parameters = jobId == null ? new Object[0] : new Object[] {jobId};
            long total = Jdbc.queryLong(connection, "SELECT COUNT(*) FROM PLT_JOB_RUN" + where, parameters);
            List<JobRun> items = Jdbc.page(connection, "SELECT " + COLUMNS + " FROM PLT_JOB_RUN" + where
                    + " ORDER BY ID DESC", JobStore::run, page.offset(), page.limit(), parameters);
            return Page.of(items, total, page);
        }
    }

    private static JobRun run(ResultSet row) throws SQLException {
        return new JobRun(row.getLong("ID"), row.getString("JOB_ID"), row.getString("NODE"),
                row.getString("RUN_TRIGGER"), Jdbc.instant(row, "STARTED_AT"), Jdbc.instant(row, "ENDED_AT"),
                row.getString("OUTCOME"), row.getString("MESSAGE"), row.getInt("ATTEMPT"));
    }
}
