package org.backoffice.platform.api.calendar;

/**
 * The part of a day a holiday (or a half day of leave) covers. The morning is the working time before 12:00 local
 * time, the afternoon the working time from 12:00.
 */
public enum DayPart {
    FULL, MORNING, AFTERNOON
}
