package org.backoffice.platform.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.jobs.ScheduledJob;
import org.backoffice.platform.api.security.AccessEntry;
import org.backoffice.platform.api.security.AccessLog;
import org.backoffice.platform.api.security.AccessQuery;
import org.backoffice.platform.api.security.ApiCall;
import org.backoffice.platform.api.security.ApiCallObserver;
import org.backoffice.platform.support.jdbc.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * PLT_ACCESS_LOG: every answered API call, written by one background thread in batches so a request never waits for
 * the log; and, as a {@link ScheduledJob}, the daily deletion of entries older than the retention.
 */
@Component(service = {AccessLog.class, ApiCallObserver.class, ScheduledJob.class},
        configurationPid = "org.backoffice.security",
        property = ScheduledJob.ID_PROPERTY + "=" + JdbcAccessLog.JOB_ID)
public final class JdbcAccessLog implements AccessLog, ApiCallObserver, ScheduledJob {

    static final String JOB_ID = "platform.access-log-retention";
    private static final Logger LOG = Logger.getLogger(JdbcAccessLog.class.getName());
    private static final List<String[]> TABLES = List.<String[]>of(new String[] {"PLT_ACCESS_LOG",
        "CREATE TABLE PLT_ACCESS_LOG (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, AT_TIME TIMESTAMP NOT NULL,"
                + " EVENT VARCHAR(30) NOT NULL, USER_NAME VARCHAR(200), ADDRESS VARCHAR(100), METHOD VARCHAR(10),"
                + " PATH VARCHAR(1000), STATUS INTEGER NOT NULL, AUTHENTICATION VARCHAR(20))",
        "CREATE INDEX PLT_ACCESS_LOG_AT_IX ON PLT_ACCESS_LOG (AT_TIME)",
        "CREATE INDEX PLT_ACCESS_LOG_USER_IX ON PLT_ACCESS_LOG (USER_NAME, ID)"});
    private static final String COLUMNS = "ID, AT_TIME, EVENT, USER_NAME, ADDRESS, METHOD, PATH, STATUS, AUTHENTICATION";
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final Duration retention;
    private final String schedule;
    private final Clock clock = Clock.systemUTC();
    private final BlockingQueue<ApiCall> queue = new LinkedBlockingQueue<>(20_000);
    private final AtomicLong accepted = new AtomicLong();
    private final Object progress = new Object();
    private long done;
    private final Thread writer;
    private volatile boolean running = true;
    private volatile boolean ready;

    @Activate
    public JdbcAccessLog(@Reference(target = "(osgi.jndi.service.name=backoffice)") DataSource dataSource,
            SecurityConfig config) {
        this.dataSource = dataSource;
        this.retention = Duration.ofDays(config.accessLogRetentionDays());
        this.schedule = config.accessLogRetentionSchedule();
        this.writer = new Thread(this::write, "backoffice-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        writer.interrupt();
        writer.join(5_000);
    }

    @Override
    public void completed(ApiCall call) {
        accepted.incrementAndGet();
        if (!queue.offer(call)) {
            // full: the database is far behind; losing a line beats blocking requests
            finished(1);
        }
    }

    private void write() {
        List<ApiCall> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                ApiCall first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                insert(batch);
            } catch (InterruptedException e) {
                if (!running && queue.isEmpty()) {
                    break;
                }
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, batch.size() + " access log entries not written", e);
            } finally {
                finished(batch.size());
                batch.clear();
            }
        }
    }

    private void finished(int count) {
        if (count > 0) {
            synchronized (progress) {
                done += count;
                progress.notifyAll();
            }
        }
    }

    private Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!ready) {
            connection.setAutoCommit(true);
            synchronized (this) {
                Jdbc.ensureTables(connection, TABLES);
                ready = true;
            }
        }
        return connection;
    }

    private void insert(List<ApiCall> calls) throws SQLException {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLT_ACCESS_LOG (AT_TIME, EVENT,"
                    + " USER_NAME, ADDRESS, METHOD, PATH, STATUS, AUTHENTICATION) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ApiCall call : calls) {
                    insert.setTimestamp(1, Timestamp.from(call.at()), utc);
                    insert.setString(2, call.event());
                    insert.setString(3, cut(call.user(), 200));
                    insert.setString(4, cut(call.address(), 100));
                    insert.setString(5, cut(call.method(), 10));
                    insert.setString(6, cut(call.path(), 1000));
                    insert.setInt(7, call.status());
                    insert.setString(8, cut(call.authentication(), 20));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    @Override
    public void flush() {
        long target = accepted.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (progress) {
            while (done < target && System.nanoTime() < deadline) {
                try {
                    progress.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public Page<AccessEntry> find(AccessQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        criterion(where, parameters, "USER_NAME", query.user());
        criterion(where, parameters, "ADDRESS", query.address());
        criterion(where, parameters, "EVENT", query.event());
        criterion(where, parameters, "STATUS", query.status());
        try (Connection connection = connect()) {
            Object[] values = parameters.toArray();
            long total = Jdbc.queryLong(connection, "SELECT COUNT(*) FROM PLT_ACCESS_LOG" + where, values);
            List<AccessEntry> items = Jdbc.page(connection, "SELECT " + COLUMNS + " FROM PLT_ACCESS_LOG" + where
                    + " ORDER BY ID DESC", JdbcAccessLog::entry, page.offset(), page.limit(), values);
            return Page.of(items, total, page);
        } catch (SQLException e) {
            throw new IllegalStateException("the access log cannot be read: " + e.getMessage(), e);
        }
    }

    private static void criterion(StringBuilder where, List<Object> parameters, String column, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static AccessEntry entry(ResultSet row) throws SQLException {
        return new AccessEntry(row.getLong("ID"), Jdbc.instant(row, "AT_TIME"), row.getString("EVENT"),
                row.getString("USER_NAME"), row.getString("ADDRESS"), row.getString("METHOD"), row.getString("PATH"),
                row.getInt("STATUS"), row.getString("AUTHENTICATION"));
    }

    @Override
    public String id() {
        return JOB_ID;
    }

    @Override
    public String schedule() {
        return schedule;
    }

    @Override
    public String description() {
        return "Deletes access log entries older than " + retention.toDays() + " days";
    }

    @Override
    public String run() throws SQLException {
        Instant before = clock.instant().minus(retention);
        try (Connection connection = connect()) {
            connection.setAutoCommit(true);
            int deleted = Jdbc.update(connection, "DELETE FROM PLT_ACCESS_LOG WHERE AT_TIME < ?", before);
            return deleted + " entries before " + before + " deleted";
        }
    }
}
