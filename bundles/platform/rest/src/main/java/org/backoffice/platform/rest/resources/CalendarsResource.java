package org.backoffice.platform.rest.resources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
    static final BigDecimal MAX_HOURS = new BigDecimal(100_000);

    private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

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
        Instant begin = instant("start", start);
        Duration amount = duration("hours", hours);
        BusinessTime time = calendars.time(code);
        try {
            return new Due(code, begin, iso(amount), hours(amount), time.addWorkingTime(begin, amount));
        } catch (IllegalStateException e) {
            throw ValidationFailedException.of("hours", "cannot be worked on calendar " + code + ": "
                    + e.getMessage());
        }
    }

    @GET
    @Path("{code}/business-time")
    public Elapsed businessTime(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Instant begin = instant("from", from);
        Instant end = instant("to", to);
        if (end.isBefore(begin)) {
            throw ValidationFailedException.of("to", "must not be before from");
        }
        if (Duration.between(begin, end).compareTo(Duration.ofDays(MAX_COUNTED_DAYS)) > 0) {
            throw ValidationFailedException.of("to", "must be at most " + MAX_COUNTED_DAYS + " days after from");
        }
        Duration elapsed = calendars.businessTime(code, begin, end);
        return new Elapsed(code, begin, end, iso(elapsed), hours(elapsed));
    }

    private static LocalDate[] dates(String from, String to, int maxDays) {
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        List<org.backoffice.platform.api.error.FieldError> errors = new ArrayList<>();
        if (first == null) {
            errors.add(new org.backoffice.platform.api.error.FieldError("from", "is required"));
        }
        if (last == null) {
            errors.add(new org.backoffice.platform.api.error.FieldError("to", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (last.isBefore(first)) {
            throw ValidationFailedException.of("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > maxDays) {
            throw ValidationFailedException.of("to", "must be at most " + maxDays + " days from from (inclusive)");
        }
        return new LocalDate[] {first, last};
    }

    /** An instant in ISO form, with {@code Z} or an offset ({@code 2026-03-27T16:00:00+01:00}). */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationFailedException.of(name, "is required");
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeException e) {
            throw ValidationFailedException.of(name, "must be an instant like 2026-03-27T15:00:00Z");
        }
    }

    /** Decimal hours ({@code 2.5}) or an ISO duration ({@code PT2H30M}), not negative, at most 100,000 hours. */
    static Duration duration(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationFailedException.of(name, "is required");
        }
        String text = value.trim();
        Duration amount;
        try {
            if (text.startsWith("P") || text.startsWith("p")) {
                amount = Duration.parse(text);
            } else {
                BigDecimal hours = new BigDecimal(text);
                if (hours.abs().compareTo(MAX_HOURS) > 0) {
                    throw ValidationFailedException.of(name, "must be at most " + MAX_HOURS + " hours");
                }
                amount = Duration.ofNanos(hours.multiply(NANOS_PER_HOUR).setScale(0, RoundingMode.HALF_UP)
                        .longValueExact());
            }
        } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
            throw ValidationFailedException.of(name, "must be decimal hours like 2.5 or an ISO duration like PT2H30M");
        }
        if (amount.isNegative()) {
            throw ValidationFailedException.of(name, "must not be negative");
        }
        if (amount.compareTo(Duration.ofHours(MAX_HOURS.longValue())) > 0) {
            throw ValidationFailedException.of(name, "must be at most " + MAX_HOURS + " hours");
        }
        return amount;
    }

    static BigDecimal hours(Duration duration) {
        return new BigDecimal(duration.toNanos()).divide(NANOS_PER_HOUR, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String iso(Duration duration) {
        return duration.toString();
    }

    /** A date as it is worked, its durations as ISO text and as decimal hours. */
    public record Day(LocalDate date, boolean workingDay, String workingTime, BigDecimal workingHours,
            BigDecimal fraction, String morning, String afternoon, String holiday, DayPart holidayPart) {

        static Day of(CalendarDay day) {
            return new Day(day.date(), day.isWorkingDay(), iso(day.workingTime()), hours(day.workingTime()),
                    day.fraction(), iso(day.morning()), iso(day.afternoon()), day.holiday(), day.holidayPart());
        }
    }

    public record WorkingDays(String calendar, LocalDate from, LocalDate to, int workingDays) {
    }

    public record Due(String calendar, Instant start, String duration, BigDecimal hours, Instant due) {
    }

    public record Elapsed(String calendar, Instant from, Instant to, String duration, BigDecimal hours) {
    }
}
