package org.backoffice.hr.impl.leave;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.persistence.EntityManager;

import org.backoffice.hr.api.leave.LeaveRequest;
import org.backoffice.hr.api.leave.LeaveType;
import org.backoffice.hr.impl.people.Employment;
import org.backoffice.hr.impl.people.Employments;
import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.calendar.WorkingWindow;
import org.backoffice.platform.api.error.Validator;

/**
 * Counts a request's days on the employee's business calendar and writes (or gives back) its USE rows in the ledger.
 */
final class LeaveBookings {

    /**
     * While no {@link CalendarService} is registered, requests are counted on this: Monday to Friday 09:00-17:00, no
     * holidays, the platform's DEFAULT calendar as shipped.
     */
    private static final BusinessTime FALLBACK = BusinessTime.of(new BusinessCalendar(CalendarService.DEFAULT,
            "Default", "UTC", Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).map(d -> WorkingWindow.of(d, "09:00", "17:00")).toList(),
            List.of(), null));

    private final Employments employments;
    private final Supplier<CalendarService> calendars;

    /** @param calendars the platform's calendars now, or {@code null} while there are none */
    LeaveBookings(Employments employments, Supplier<CalendarService> calendars) {
        this.employments = employments;
        this.calendars = calendars;
    }

    BusinessTime time(String calendar) {
        CalendarService service = calendars.get();   // read once: it may go away between two reads
        if (service == null) {
            return FALLBACK;
        }
        return service.time(calendar == null ? CalendarService.DEFAULT : calendar);
    }

    /** The request's days counted again on the employee's calendar, to date its ledger rows by year and deadline. */
    List<RequestCounting.Day> recount(LeaveRequestEntity r, LeaveType type) {
        LeaveRequest shown = r.toRequest(false);
        Employment e = employments.of(r.employeeId(), shown.from()).orElse(null);
        String calendar = e == null ? CalendarService.DEFAULT : e.calendar();
        Validator ignored = new Validator();
        List<RequestCounting.Day> days = RequestCounting.count(type.unit(), shown.from(), shown.to(), shown.part(),
                shown.hours(), time(calendar)::day, ignored);
        if (ignored.hasErrors() || RequestCounting.total(days).compareTo(shown.amount()) != 0) {
            // the calendar changed since: the request keeps its counted amount, dated on its first day
            return List.of(new RequestCounting.Day(shown.from(), shown.amount()));
        }
        return days;
    }

    /** Writes the USE rows of a request: {@code sign} -1 takes the days, +1 gives them back. */
    static void use(EntityManager em, LeaveRequestEntity r, LeaveType type, List<RequestCounting.Day> days,
            int sign, String user, Instant now) {
        LeavePolicy policy = LeavePolicy.of(type);
        LeaveLedger.segments(days, policy).forEach((first, amount) -> LeaveLedger.write(em, LeaveMovementEntity.of(
                r.employeeId(), type.code(), first, policy.afterExpiry(first), Ledger.USE,
                sign < 0 ? amount.negate() : amount, null, r.id(),
                (sign < 0 ? "request " : "given back: request ") + r.id(), user, now)));
    }

    /** Gives back the days an approved request took, counted again as they were booked. */
    void giveBack(EntityManager em, LeaveRequestEntity r, LeaveType type, String user, Instant now) {
        use(em, r, type, recount(r, type), 1, user, now);
    }
}
