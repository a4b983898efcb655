package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.calendar.Holiday;
import org.backoffice.platform.api.calendar.WorkingWindow;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.EventLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The business calendars in PLT_CALENDAR, PLT_CALENDAR_WINDOW and PLT_CALENDAR_HOLIDAY, with plain JDBC on the
 * platform's DataSource like the other platform stores. Every write runs in one JDBC transaction of its own that also
 * carries its audit record (module {@code platform}, entity {@code Calendar}) and, last, its event
 * {@code org/backoffice/platform/CALENDAR_CHANGED}. The {@link CalendarService#DEFAULT} calendar is created when
 * missing.
 * <p>
 * {@link #time(String)} is what leave counting and SLAs call over and over, so it is cached in memory per code: a
 * cached calendar is used as it is for {@value #RECHECK_SECONDS} seconds, then its stored version is read again (one
 * primary-key read) and the calendar reloaded only when the version moved. A write on this node drops its entry at
 * once; a write on another node is seen here within {@value #RECHECK_SECONDS} seconds. Leave for 10,000 employees then
 * costs at most one version read per calendar and period, not a read per employee or per day.
 */
@Component(service = CalendarService.class)
public final class JdbcCalendarService implements CalendarService {

    static final String MODULE = "platform";
    static final String ENTITY = "Calendar";
    static final String TOPIC_CHANGED = "org/backoffice/platform/CALENDAR_CHANGED";
    static final long RECHECK_SECONDS = 5;

    static final BusinessCalendar DEFAULT_CALENDAR = new BusinessCalendar(DEFAULT, "Default", "UTC",
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                    .stream().map(day -> WorkingWindow.of(day, "09:00", "17:00")).toList(),
            List.of(), 1L);

    private static final String INTEGRITY_VIOLATION_CLASS = "23";

    private final DataSource dataSource;
    private final PlatformSchema schema;
    private final AuditTrail audit;
    private final EventLog events;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile boolean seeded;

    @Activate
    public JdbcCalendarService(@Reference(target = PlatformDataSource.TARGET) DataSource dataSource,
            @Reference AuditTrail audit, @Reference EventLog events) {
        this.dataSource = dataSource;
        this.schema = new PlatformSchema(dataSource);
        this.audit = audit;
        this.events = events;
    }

    @Override
    public List<BusinessCalendar> list() {
        return read(CalendarStore::all);
    }

    @Override
    public Optional<BusinessCalendar> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return read(connection -> CalendarStore.find(connection, code));
    }

    @Override
    public BusinessCalendar require(String code) {
        return find(code).orElseThrow(() -> new NotFoundProblem(ENTITY, code));
    }

    @Override
    public BusinessCalendar create(BusinessCalendar calendar) {
        CalendarRules.check(calendar);
        BusinessCalendar stored = withVersion(calendar, 1L);
        write(calendar.code(), connection -> {
            try {
                CalendarStore.insert(connection, stored, 1L);
            } catch (SQLException e) {
                if (isIntegrityViolation(e)) {
                    throw new ConflictProblem("Calendar '" + calendar.code() + "' exists already");
                }
                throw e;
            }
            EntityManager transaction = JdbcTransaction.over(connection);
            audit.record(transaction, AuditEntry.of(MODULE, ENTITY, calendar.code(), AuditEntry.CREATE,
                    changes(null, stored)));
            events.append(transaction, TOPIC_CHANGED, calendar.code(), payload(AuditEntry.CREATE, stored));
            return null;
        });
        return stored;
    }

    @Override
    public BusinessCalendar update(String code, BusinessCalendar calendar) {
        if (calendar.version() == null) {
            throw ValidationFailedException.of("version", "is required: send the version you read");
        }
        if (calendar.code() != null && !calendar.code().equals(code)) {
            throw ValidationFailedException.of("code", "must be " + code + " (the code cannot change)");
        }
        CalendarRules.checkContent(calendar);
        return write(code, connection -> {
            BusinessCalendar current = CalendarStore.find(connection, code)
                    .orElseThrow(() -> new NotFoundProblem(ENTITY, code));
            if (!current.version().equals(calendar.version())) {
                throw ConflictProblem.staleVersion(ENTITY, code, calendar.version(), current.version());
            }
            BusinessCalendar wanted = withVersion(new BusinessCalendar(code, calendar.name(), calendar.zone(),
                    calendar.windows(), calendar.holidays(), null), current.version());
            List<FieldChange> changes = changes(current, wanted);
            if (changes.isEmpty()) {
                return current;
            }
            if (!CalendarStore.replace(connection, code, wanted, current.version())) {
                long now = CalendarStore.version(connection, code).orElse(current.version());
                throw ConflictProblem.staleVersion(ENTITY, code, calendar.version(), now);
            }
            BusinessCalendar updated = withVersion(wanted, current.version() + 1);
            EntityManager transaction = JdbcTransaction.over(connection);
            audit.record(transaction, AuditEntry.of(MODULE, ENTITY, code, AuditEntry.UPDATE, changes));
            events.append(transaction, TOPIC_CHANGED, code, payload(AuditEntry.UPDATE, updated));
            return updated;
        });
    }

    @Override
    public void delete(String code) {
        if (DEFAULT.equals(code)) {
            throw new ConflictProblem("Calendar '" + DEFAULT + "' always exists and cannot be deleted");
        }
        write(code, connection -> {
            BusinessCalendar current = CalendarStore.find(connection, code)
                    .orElseThrow(() -> new NotFoundProblem(ENTITY, code));
            CalendarStore.delete(connection, code);
            EntityManager transaction = JdbcTransaction.over(connection);
            audit.record(transaction, AuditEntry.of(MODULE, ENTITY, code, AuditEntry.DELETE,
                    changes(current, null)));
            events.append(transaction, TOPIC_CHANGED, code, payload(AuditEntry.DELETE, current));
            return null;
        });
    }

    @Override
    public BusinessTime time(String code) {
        if (code == null) {
            throw new NotFoundProblem(ENTITY, "null");
        }
        long now = System.nanoTime();
        Cached cached = cache.get(code);
        if (cached != null && now - cached.checkedAt < TimeUnit.SECONDS.toNanos(RECHECK_SECONDS)) {
            return cached.time;
        }
        return read(connection -> {
            if (cached != null) {
                Optional<Long> version = CalendarStore.version(connection, code);
                if (version.isPresent() && version.get().equals(cached.time.calendar().version())) {
                    cache.put(code, new Cached(cached.time, now));
                    return cached.time;
                }
            }
            Optional<BusinessCalendar> calendar = CalendarStore.find(connection, code);
            if (calendar.isEmpty()) {
                cache.remove(code);
                throw new NotFoundProblem(ENTITY, code);
            }
            BusinessTime time = BusinessTime.of(calendar.get());
            cache.put(code, new Cached(time, now));
            return time;
        });
    }

    /** What an audit record shows: name and zone, the windows per weekday, each holiday by its position. */
    static List<FieldChange> changes(BusinessCalendar before, BusinessCalendar after) {
        ChangeSet changes = new ChangeSet();
        changes.compare("name", before == null ? null : before.name(), after == null ? null : after.name());
        changes.compare("zone", before == null ? null : before.zone(), after == null ? null : after.zone());
        Map<DayOfWeek, String> windowsBefore = windowsByDay(before);
        Map<DayOfWeek, String> windowsAfter = windowsByDay(after);
        for (DayOfWeek day : DayOfWeek.values()) {
            changes.compare("windows." + day, windowsBefore.get(day), windowsAfter.get(day));
        }
        List<Holiday> holidaysBefore = holidays(before);
        List<Holiday> holidaysAfter = holidays(after);
        for (int i = 0; i < Math.max(holidaysBefore.size(), holidaysAfter.size()); i++) {
            changes.compare("holidays[" + i + "]", i < holidaysBefore.size() ? describe(holidaysBefore.get(i)) : null,
                    i < holidaysAfter.size() ? describe(holidaysAfter.get(i)) : null);
        }
        return changes.changes();
    }

    private static Map<DayOfWeek, String> windowsByDay(BusinessCalendar calendar) {
        Map<DayOfWeek, List<String>> byDay = new LinkedHashMap<>();
        if (calendar != null && calendar.windows() != null) {
            calendar.windows().stream().sorted(java.util.Comparator.comparing(WorkingWindow::from))
                    .forEach(w -> byDay.computeIfAbsent(w.day(), d -> new ArrayList<>()).add(w.from() + "-" + w.to()));
        }
        Map<DayOfWeek, String> result = new LinkedHashMap<>();
        byDay.forEach((day, list) -> result.put(day, String.join(", ", list)));
        return result;
    }

    private static List<Holiday> holidays(BusinessCalendar calendar) {
        return calendar == null || calendar.holidays() == null ? List.of() : calendar.holidays();
    }

    private static String describe(Holiday holiday) {
        StringBuilder text = new StringBuilder(holiday.name()).append(": ");
        switch (holiday.rule()) {
        case ONE_OFF -> text.append(holiday.date());
        case YEARLY -> text.append("every ").append(String.format("%02d-%02d", holiday.month(), holiday.day()));
        case EASTER -> text.append("Easter ").append(holiday.easterOffset() >= 0 ? "+" : "")
                .append(holiday.easterOffset());
        default -> text.append(holiday.rule());
        }
        text.append(' ').append(holiday.effectivePart());
        if (holiday.fromYear() != null || holiday.toYear() != null) {
            text.append(" (").append(holiday.fromYear() == null ? "" : holiday.fromYear()).append('–')
                    .append(holiday.toYear() == null ? "" : holiday.toYear()).append(')');
        }
        return text.toString();
    }

    private static Map<String, Object> payload(String action, BusinessCalendar calendar) {
        return Map.of("action", action, "code", calendar.code(), "version", calendar.version(), "zone",
                calendar.zone());
    }

    /** The calendar as it is stored: lists never null, a holiday without part as a FULL one. */
    private static BusinessCalendar withVersion(BusinessCalendar calendar, Long version) {
        List<Holiday> holidays = holidays(calendar).stream().map(h -> h.part() != null ? h
                : new Holiday(h.name(), h.rule(), h.date(), h.month(), h.day(), h.easterOffset(), h.effectivePart(),
                        h.fromYear(), h.toYear())).toList();
        return new BusinessCalendar(calendar.code(), calendar.name(), calendar.zone(),
                calendar.windows() == null ? List.of() : List.copyOf(calendar.windows()), holidays, version);
    }

    private <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            ensure();
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the business calendars: " + e.getMessage(), e);
        }
    }

    private <T> T write(String code, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            ensure();
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (e instanceof SQLException sql && isIntegrityViolation(sql)) {
                    throw new ConflictProblem("Calendar '" + code + "' was changed at the same time; reload and retry");
                }
                throw e;
            } finally {
                cache.remove(code);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write calendar " + code + ": " + e.getMessage(), e);
        }
    }

    /** The tables, then the DEFAULT calendar when it is missing (a concurrent first start may insert it too). */
    private void ensure() throws SQLException {
        schema.ensure();
        if (seeded) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (CalendarStore.version(connection, DEFAULT).isEmpty()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    CalendarStore.insert(connection, DEFAULT_CALENDAR, 1L);
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    if (!isIntegrityViolation(e)) {
                        throw e;
                    }
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            }
        }
        seeded = true;
    }

    private static boolean isIntegrityViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_VIOLATION_CLASS);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private record Cached(BusinessTime time, long checkedAt) {
    }
}
