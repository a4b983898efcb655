package org.backoffice.platform.rest.resources;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.CalendarDay;
import org.backoffice.platform.api.calendar.CalendarInput;
import org.backoffice.platform.api.calendar.CalendarService;
import org.backoffice.platform.api.calendar.DayPart;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.rest.QueryParams;
import org.backoffice.platform.api.rest.RestResource;
import org.backoffice.platform.support.rest.Bodies;
import org.backoffice.platform.support.rest.Created;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/calendars}: the business calendars. Every authenticated user reads them and their arithmetic (leave,
 * SLAs and support cases are counted on them by people without platform roles); only {@code admin} writes.
 */
@Component(service = RestResource.class, property = RestResource.PROPERTY)
@Path("calendars")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class CalendarsResource implements RestResource {

    /** The longest range {@code days} lists. */
    static final int MAX_DAYS = 366;
    /** The longest range counted or measured: ten years. */
    static final int MAX_COUNTED_DAYS = 3660;

    private final CalendarService calendars;

    @Activate
    public CalendarsResource(@Reference CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    public Page<BusinessCalendar> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(offset, limit);
        List<BusinessCalendar> all = calendars.list();
        int from = Math.min(page.offset(), all.size());
        return Page.of(all.subList(from, Math.min(all.size(), from + page.limit())), all.size(), page);
    }

    @GET
    @Path("{code}")
    public BusinessCalendar get(@PathParam("code") String code) {
        return calendars.require(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(BusinessCalendar calendar, @Context UriInfo uriInfo) {
        BusinessCalendar created = calendars.create(Bodies.required(calendar, "calendar"));
        return Created.at(uriInfo, "calendars", created.code(), created);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public BusinessCalendar update(@PathParam("code") String code, BusinessCalendar calendar) {
        return calendars.update(code, Bodies.required(calendar, "calendar"));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("code") String code) {
        calendars.delete(code);
        return Response.noContent().build();
    }

    /** Each date from {@code from} to {@code to} (inclusive, at most {@value #MAX_DAYS} days) as it is worked. */
    @GET
    @Path("{code}/days")
    public List<Day> days(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate[] range = dates(from, to, MAX_DAYS);
        BusinessTime time = calendars.time(code);
        List<Day> days = new ArrayList<>();
        for (LocalDate date = range[0]; !date.isAfter(range[1]); date = date.plusDays(1)) {
            days.add(Day.of(time.day(date)));
        }
        return days;
    }

    @GET
    @Path("{code}/working-days")
    public WorkingDays workingDays(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate[] range = dates(from, to, MAX_COUNTED_DAYS);
        return new WorkingDays(code, range[0], range[1], calendars.workingDays(code, range[0], range[1]));
    }

    /** {@code ?start=2026-03-27T15:00:00Z&hours=2.5} or {@code &hours=PT2H30M}: when the working time is used up. */
    @GET
    @Path("{code}/add")
    public Due add(@PathParam("code") String code, @QueryParam("start") String start,
            @QueryParam("hours") String hours) {
        Instant begin = CalendarInput.instant("start", start);
        Duration amount = CalendarInput.duration("hours", hours);
        BusinessTime time = calendars.time(code);
        try {
            return new Due(code, begin, iso(amount), CalendarInput.hours(amount),
                    time.addWorkingTime(begin, amount));
        } catch (IllegalStateException e) {
            throw ValidationFailedException.of("hours", "cannot be worked on calendar " + code + ": "
                    + e.getMessage());
        }
    }

    @GET
    @Path("{code}/business-time")
    public Elapsed businessTime(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Instant begin = CalendarInput.instant("from", from);
        Instant end = CalendarInput.instant("to", to);
        if (end.isBefore(begin)) {
            throw ValidationFailedException.of("to", "must not be before from");
        }
        if (Duration.between(begin, end).compareTo(Duration.ofDays(MAX_COUNTED_DAYS)) > 0) {
            throw ValidationFailedException.of("to", "must be at most " + MAX_COUNTED_DAYS + " days after from");
        }
        Duration elapsed = calendars.businessTime(code, begin, end);
        return new Elapsed(code, begin, end, iso(elapsed), CalendarInput.hours(elapsed));
    }

    private static LocalDate[] dates(String from, String to, int maxDays) {
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        CalendarInput.checkDates(first, last, maxDays);
        return new LocalDate[] {first, last};
    }

    private static String iso(Duration duration) {
        return duration.toString();
    }

    /** A date as it is worked, its durations as ISO text and as decimal hours. */
    public record Day(LocalDate date, boolean workingDay, String workingTime, BigDecimal workingHours,
            BigDecimal fraction, String morning, String afternoon, String holiday, DayPart holidayPart) {

        static Day of(CalendarDay day) {
            return new Day(day.date(), day.isWorkingDay(), iso(day.workingTime()),
                    CalendarInput.hours(day.workingTime()), day.fraction(), iso(day.morning()),
                    iso(day.afternoon()), day.holiday(), day.holidayPart());
        }
    }

    public record WorkingDays(String calendar, LocalDate from, LocalDate to, int workingDays) {
    }

    public record Due(String calendar, Instant start, String duration, BigDecimal hours, Instant due) {
    }

    public record Elapsed(String calendar, Instant from, Instant to, String duration, BigDecimal hours) {
    }
}
