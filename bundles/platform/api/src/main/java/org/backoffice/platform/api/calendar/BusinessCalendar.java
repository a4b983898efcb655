package org.backoffice.platform.api.calendar;

import java.util.List;

/**
 * A named business calendar: an IANA time zone ({@code Europe/Berlin}), the weekly working windows in that zone's
 * local time, and holidays as local dates.
 *
 * @param code    upper-case letters, digits, '-' and '_'; {@link CalendarService#DEFAULT} always exists
 * @param zone    an IANA zone id, never a fixed offset
 * @param version optimistic-lock version, read with the calendar and sent back with an update
 */
public record BusinessCalendar(String code, String name, String zone, List<WorkingWindow> windows,
        List<Holiday> holidays, Long version) {
}
