package org.backoffice.platform.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditRecord;
import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.calendar.DayPart;
import org.backoffice.platform.api.calendar.Holiday;
import org.backoffice.platform.api.calendar.WorkingWindow;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.NewEvent;
import org.backoffice.platform.api.event.SubscriptionStatus;
import org.junit.jupiter.api.Test;

class CalendarServiceTest {

    private final DataSource database;
    private final JdbcAuditTrail audit;
    private final List<String> events = new ArrayList<>();
    private final JdbcCalendarService calendars;

    CalendarServiceTest() throws SQLException {
        database = DerbyDatabase.create();
        audit = new JdbcAuditTrail(database);
        calendars = new JdbcCalendarService(database, audit, new RecordingEvents());
    }

    private static BusinessCalendar berlin(Long version) {
        return new BusinessCalendar("DE-BY", "Bayern שלום مرحبا 你好", "Europe/Berlin",
                List.of(WorkingWindow.of(DayOfWeek.MONDAY, "09:00", "12:00"),
                        WorkingWindow.of(DayOfWeek.MONDAY, "13:00", "17:00")),
                List.of(Holiday.easter("Ostermontag", 1, null),
                        Holiday.yearly("Heiligabend", MonthDay.of(12, 24), DayPart.AFTERNOON),
                        new Holiday("Jubiläum", org.backoffice.platform.api.calendar.HolidayRule.YEARLY, null, 6, 1,
                                null, null, 2027, 2028),
                        Holiday.once("Umzug", LocalDate.of(2026, 6, 8), DayPart.MORNING)),
                version);
    }

    @Test
    void theDefaultCalendarExists() {
        BusinessCalendar standard = calendars.require(CalendarService.DEFAULT);
        assertEquals("UTC", standard.zone());
        assertEquals(5, standard.windows().size());
        assertTrue(calendars.isWorkingDay(CalendarService.DEFAULT, LocalDate.of(2026, 1, 5)));
        ConflictProblem problem = assertThrows(ConflictProblem.class, () -> calendars.delete(CalendarService.DEFAULT));
        assertEquals(409, problem.status());
    }

    @Test
    void aCalendarIsStoredUpdatedAuditedAndDeleted() {
        BusinessCalendar created = calendars.create(berlin(null));
        assertEquals(1L, created.version());
        BusinessCalendar read = calendars.require("DE-BY");
        assertEquals(created, read);
        assertEquals(berlin(1L).holidays().get(1), read.holidays().get(1));
        assertEquals(DayPart.FULL, read.holidays().get(0).part());
        assertThrows(ConflictProblem.class, () -> calendars.create(berlin(null)));

        BusinessTime time = calendars.time("DE-BY");
        assertSame(time, calendars.time("DE-BY"));
        assertEquals("Ostermontag", time.day(LocalDate.of(2026, 4, 6)).holiday());

        BusinessCalendar changed = new BusinessCalendar("DE-BY", "Bayern", "Europe/Berlin", read.windows(),
                read.holidays().subList(0, 1), 1L);
        BusinessCalendar updated = calendars.update("DE-BY", changed);
        assertEquals(2L, updated.version());
        assertEquals(2L, calendars.time("DE-BY").calendar().version());
        assertEquals(1, calendars.require("DE-BY").holidays().size());
        assertThrows(ConflictProblem.class, () -> calendars.update("DE-BY", changed));
        assertThrows(ValidationFailedException.class, () -> calendars.update("DE-BY",
                new BusinessCalendar("DE-BY", "Bayern", "Europe/Berlin", read.windows(), List.of(), null)));
        assertThrows(NotFoundProblem.class, () -> calendars.update("NOPE", new BusinessCalendar(null, "N", "UTC",
                read.windows(), null, 1L)));
        // nothing changed: no new version, no audit record
        assertEquals(2L, calendars.update("DE-BY", new BusinessCalendar(null, "Bayern", "Europe/Berlin",
                read.windows(), read.holidays().subList(0, 1), 2L)).version());

        calendars.delete("DE-BY");
        assertTrue(calendars.find("DE-BY").isEmpty());
        assertThrows(NotFoundProblem.class, () -> calendars.time("DE-BY"));
        assertThrows(NotFoundProblem.class, () -> calendars.delete("DE-BY"));

        Page<AuditRecord> records = audit.find(new AuditQuery("platform", "Calendar", "DE-BY", null),
                PageRequest.of(0, 50));
        assertEquals(3, records.total(), records.toString());
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"), events);
    }

    @Test
    void badCalendarsAreRefusedWithEveryField() {
        ValidationFailedException problem = assertThrows(ValidationFailedException.class,
                () -> calendars.create(new BusinessCalendar("de by", "", "+02:00",
                        List.of(WorkingWindow.of(DayOfWeek.MONDAY, "09:00", "12:00"),
                                WorkingWindow.of(DayOfWeek.MONDAY, "11:00", "17:00")),
                        List.of(), null)));
        List<String> fields = problem.errors().stream().map(e -> e.field()).toList();
        assertEquals(List.of("code", "name", "zone", "windows[1]"), fields);
        assertEquals(1, calendars.list().size());
    }

    private final class RecordingEvents implements EventLog {
        @Override
        public long append(EntityManager transaction, String topic, String key, Map<String, ?> payload) {
            events.add((String) payload.get("action"));
            return events.size();
        }

        @Override
        public long[] appendAll(EntityManager transaction, List<NewEvent> list) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<BusinessEvent> find(String topic, long afterId, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SubscriptionStatus> subscriptions() {
            return List.of();
        }
    }
}
