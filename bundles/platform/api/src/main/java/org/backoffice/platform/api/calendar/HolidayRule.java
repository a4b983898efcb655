package org.backoffice.platform.api.calendar;

/** How a holiday recurs. */
public enum HolidayRule {
    /** On one date only ({@link Holiday#date()}). */
    ONE_OFF,
    /** On the same month and day every year ({@link Holiday#month()}, {@link Holiday#day()}). */
    YEARLY,
    /** A number of days from Western (Gregorian) Easter Sunday: Good Friday -2, Easter Monday +1. */
    EASTER
}
