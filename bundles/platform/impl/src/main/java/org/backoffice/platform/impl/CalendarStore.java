package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.DayPart;
import org.backoffice.platform.api.calendar.Holiday;
import org.backoffice.platform.api.calendar.HolidayRule;
import org.backoffice.platform.api.calendar.WorkingWindow;

/**
 * The SQL of the calendar tables: PLT_CALENDAR (one row per calendar), PLT_CALENDAR_WINDOW and PLT_CALENDAR_HOLIDAY
 * (the calendar's lists, in their order, replaced as a whole on an update). Times and dates are stored as ISO text
 * (09:00, 2026-12-24): they are local wall-clock values with no zone, and text keeps every JDBC driver's time-zone
 * conversion away from them.
 */
final class CalendarStore {

    private static final String CALENDAR_COLUMNS = "SELECT CODE, NAME, ZONE, VERSION FROM PLT_CALENDAR";
    private static final String WINDOW_COLUMNS = "SELECT CALENDAR_CODE, WEEK_DAY, FROM_TIME, TO_TIME"
            + " FROM PLT_CALENDAR_WINDOW";
    private static final String HOLIDAY_COLUMNS = "SELECT CALENDAR_CODE, NAME, HOLIDAY_RULE, HOLIDAY_DATE, MONTH_NO,"
            + " DAY_NO, EASTER_OFFSET, DAY_PART, FROM_YEAR, TO_YEAR FROM PLT_CALENDAR_HOLIDAY";

    private CalendarStore() {
    }

    static List<BusinessCalendar> all(Connection connection) throws SQLException {
        List<BusinessCalendar> heads = Sql.query(connection, CALENDAR_COLUMNS + " ORDER BY CODE", CalendarStore::head);
        Map<String, List<WorkingWindow>> windows = new LinkedHashMap<>();
        for (Object[] row : Sql.query(connection, WINDOW_COLUMNS + " ORDER BY CALENDAR_CODE, SEQ_NO",
                r -> new Object[] {r.getString(1), window(r)})) {
            windows.computeIfAbsent((String) row[0], c -> new ArrayList<>()).add((WorkingWindow) row[1]);
        }
        Map<String, List<Holiday>> holidays = new LinkedHashMap<>();
        for (Object[] row : Sql.query(connection, HOLIDAY_COLUMNS + " ORDER BY CALENDAR_CODE, SEQ_NO",
                r -> new Object[] {r.getString(1), holiday(r)})) {
            holidays.computeIfAbsent((String) row[0], c -> new ArrayList<>()).add((Holiday) row[1]);
        }
        List<BusinessCalendar> result = new ArrayList<>(heads.size());
        for (BusinessCalendar head : heads) {
            result.add(new BusinessCalendar(head.code(), head.name(), head.zone(),
                    List.copyOf(windows.getOrDefault(head.code(), List.of())),
                    List.copyOf(holidays.getOrDefault(head.code(), List.of())), head.version()));
        }
        return result;
    }

    static Optional<BusinessCalendar> find(Connection connection, String code) throws SQLException {
        List<BusinessCalendar> heads = Sql.query(connection, CALENDAR_COLUMNS + " WHERE CODE = ?", CalendarStore::head,
                code);
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        BusinessCalendar head = heads.get(0);
        List<WorkingWindow> windows = Sql.query(connection, WINDOW_COLUMNS + " WHERE CALENDAR_CODE = ? ORDER BY SEQ_NO",
                CalendarStore::window, code);
        List<Holiday> holidays = Sql.query(connection, HOLIDAY_COLUMNS + " WHERE CALENDAR_CODE = ? ORDER BY SEQ_NO",
                CalendarStore::holiday, code);
        return Optional.of(new BusinessCalendar(head.code(), head.name(), head.zone(), List.copyOf(windows),
                List.copyOf(holidays), head.version()));
    }

    /** The stored version, or empty: one indexed read, what the cache asks before reusing a calendar. */
    static Optional<Long> version(Connection connection, String code) throws SQLException {
        List<Long> versions = Sql.query(connection, "SELECT VERSION FROM PLT_CALENDAR WHERE CODE = ?",
                r -> r.getLong(1), code);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0));
    }

    static void insert(Connection connection, BusinessCalendar calendar, long version) throws SQLException {
        Sql.update(connection, "INSERT INTO PLT_CALENDAR (CODE, NAME, ZONE, VERSION) VALUES (?, ?, ?, ?)",
                calendar.code(), calendar.name(), calendar.zone(), version);
        insertLists(connection, calendar.code(), calendar);
    }

    /** Replaces name, zone and lists when the stored version is {@code expected}; false when it is not. */
    static boolean replace(Connection connection, String code, BusinessCalendar calendar, long expected)
            throws SQLException {
        if (Sql.update(connection, "UPDATE PLT_CALENDAR SET NAME = ?, ZONE = ?, VERSION = ? WHERE CODE = ?"
                + " AND VERSION = ?", calendar.name(), calendar.zone(), expected + 1, code, expected) != 1) {
            return false;
        }
        deleteLists(connection, code);
        insertLists(connection, code, calendar);
        return true;
    }

    static boolean delete(Connection connection, String code) throws SQLException {
        deleteLists(connection, code);
        return Sql.update(connection, "DELETE FROM PLT_CALENDAR WHERE CODE = ?", code) == 1;
    }

    private static void deleteLists(Connection connection, String code) throws SQLException {
        Sql.update(connection, "DELETE FROM PLT_CALENDAR_WINDOW WHERE CALENDAR_CODE = ?", code);
        Sql.update(connection, "DELETE FROM PLT_CALENDAR_HOLIDAY WHERE CALENDAR_CODE = ?", code);
    }

    private static void insertLists(Connection connection, String code, BusinessCalendar calendar)
            throws SQLException {
        List<Object[]> windows = new ArrayList<>();
        List<WorkingWindow> given = calendar.windows() == null ? List.of() : calendar.windows();
        for (int i = 0; i < given.size(); i++) {
            WorkingWindow window = given.get(i);
            windows.add(new Object[] {code, i, window.day().name(), text(window.from()), text(window.to())});
        }
        if (!windows.isEmpty()) {
            Sql.insert(connection, "INSERT INTO PLT_CALENDAR_WINDOW (CALENDAR_CODE, SEQ_NO, WEEK_DAY, FROM_TIME,"
                    + " TO_TIME)", windows);
        }
        List<Holiday> holidays = calendar.holidays() == null ? List.of() : calendar.holidays();
        for (int i = 0; i < holidays.size(); i++) {
            Holiday holiday = holidays.get(i);
            // one statement per holiday: a null's SQL type differs from row to row
            Sql.update(connection, "INSERT INTO PLT_CALENDAR_HOLIDAY (CALENDAR_CODE, SEQ_NO, NAME, HOLIDAY_RULE,"
                    + " HOLIDAY_DATE, MONTH_NO, DAY_NO, EASTER_OFFSET, DAY_PART, FROM_YEAR, TO_YEAR)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", code, i, holiday.name(), holiday.rule().name(),
                    holiday.date() == null ? null : holiday.date().toString(), holiday.month(), holiday.day(),
                    holiday.easterOffset(), holiday.effectivePart().name(), holiday.fromYear(), holiday.toYear());
        }
    }

    private static String text(LocalTime time) {
        return time.toString();
    }

    private static BusinessCalendar head(java.sql.ResultSet row) throws SQLException {
        return new BusinessCalendar(row.getString("CODE"), row.getString("NAME"), row.getString("ZONE"), List.of(),
                List.of(), row.getLong("VERSION"));
    }

    private static WorkingWindow window(java.sql.ResultSet row) throws SQLException {
        return new WorkingWindow(DayOfWeek.valueOf(row.getString("WEEK_DAY")),
                LocalTime.parse(row.getString("FROM_TIME")), LocalTime.parse(row.getString("TO_TIME")));
    }

    private static Holiday holiday(java.sql.ResultSet row) throws SQLException {
        String date = row.getString("HOLIDAY_DATE");
        return new Holiday(row.getString("NAME"), HolidayRule.valueOf(row.getString("HOLIDAY_RULE")),
                date == null ? null : LocalDate.parse(date), integer(row, "MONTH_NO"), integer(row, "DAY_NO"),
                integer(row, "EASTER_OFFSET"), DayPart.valueOf(row.getString("DAY_PART")), integer(row, "FROM_YEAR"),
                integer(row, "TO_YEAR"));
    }

    private static Integer integer(java.sql.ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
