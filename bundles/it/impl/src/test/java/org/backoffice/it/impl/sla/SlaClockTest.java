package org.backoffice.it.impl.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.backoffice.platform.api.calendar.BusinessCalendar;
import org.backoffice.platform.api.calendar.BusinessTime;
import org.backoffice.platform.api.calendar.DayPart;
import org.backoffice.platform.api.calendar.Holiday;
import org.backoffice.platform.api.calendar.WorkingWindow;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessTime OFFICE = calendar("09:00", "17:00");

    private static BusinessTime calendar(String from, String to, Holiday... holidays) {
        List<WorkingWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                windows.add(WorkingWindow.of(day, from, to));
            }
        }
        return BusinessTime.of(new BusinessCalendar("OFFICE", "Office", "Europe/Berlin", windows, List.of(holidays),
                1L));
    }

    private static BusinessTime always() {
        List<WorkingWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(WorkingWindow.of(day, "00:00", "00:00"));
        }
        return BusinessTime.of(new BusinessCalendar("ALWAYS", "24x7", "Europe/Berlin", windows, List.of(), 1L));
    }

    /** A Berlin wall-clock time as an instant. */
    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
    }

    private static Duration hours(double hours) {
        return Duration.ofSeconds(Math.round(hours * 3600));
    }

    @Test
    void fridayBeforeClosingWithMondayHolidayAndDstOverTheWeekend() {
        // 2026-10-25 clocks go back in Berlin; Monday 26 is a holiday.
        BusinessTime time = calendar("09:00", "17:00", Holiday.once("Brückentag", LocalDate.of(2026, 10, 26), null));
        SlaClock clock = SlaClock.start(hours(4), local("2026-10-23T16:30"));
        assertEquals(Instant.parse("2026-10-27T11:30:00Z"), clock.due(time));  // Tuesday 12:30 CET
        assertEquals(local("2026-10-27T12:30"), clock.due(time));
        assertEquals(hours(0.5), clock.consumedAt(time, local("2026-10-26T12:00")));
    }

    @Test
    void springForwardWeekendMovesNothingOnTheClock() {
        SlaClock clock = SlaClock.start(hours(1), local("2026-03-27T16:30"));
        assertEquals(local("2026-03-30T09:30"), clock.due(OFFICE));
        assertEquals(Instant.parse("2026-03-30T07:30:00Z"), clock.due(OFFICE));
    }

    @Test
    void createdOutsideHoursStartsAtTheNextOpening() {
        SlaClock clock = SlaClock.start(hours(2), local("2026-06-03T06:15"));
        assertEquals(Duration.ZERO, clock.consumedAt(OFFICE, local("2026-06-03T08:59")));
        assertEquals(local("2026-06-03T11:00"), clock.due(OFFICE));
    }

    @Test
    void createdOnSaturdayIsDueOnMonday() {
        SlaClock clock = SlaClock.start(hours(2), local("2026-06-06T10:00"));
        assertEquals(local("2026-06-08T11:00"), clock.due(OFFICE));
        assertEquals(Duration.ZERO, clock.consumedAt(OFFICE, local("2026-06-08T09:00")));
    }

    @Test
    void targetUsedUpExactlyAtClosingIsDueAtClosing() {
        SlaClock clock = SlaClock.start(hours(8), local("2026-06-08T09:00"));
        assertEquals(local("2026-06-08T17:00"), clock.due(OFFICE));
        assertFalse(clock.breachedAt(OFFICE, local("2026-06-08T17:00")));
        assertFalse(clock.breachedAt(OFFICE, local("2026-06-09T09:00")), "no business time passed overnight");
        assertTrue(clock.breachedAt(OFFICE, local("2026-06-09T09:00:01")));
    }

    @Test
    void pauseOverTheWeekendGivesBackOnlyTheBusinessTimeInsideIt() {
        SlaClock clock = SlaClock.start(hours(4), local("2026-06-05T15:00"));
        clock = clock.pause(OFFICE, local("2026-06-05T16:00"));
        assertEquals(hours(1), clock.consumed());
        assertNull(clock.due(OFFICE), "a paused clock is due at no instant");
        clock = clock.resume(local("2026-06-08T10:00"));
        assertEquals(local("2026-06-08T13:00"), clock.due(OFFICE));
    }

    @Test
    void pauseAtNightChangesNothing() {
        SlaClock running = SlaClock.start(hours(10), local("2026-06-08T09:00"));
        SlaClock paused = running.pause(OFFICE, local("2026-06-08T18:00")).resume(local("2026-06-09T08:00"));
        assertEquals(running.due(OFFICE), paused.due(OFFICE));
        assertEquals(local("2026-06-09T11:00"), paused.due(OFFICE));
    }

    @Test
    void pausedClockConsumesNothing() {
        SlaClock clock = SlaClock.start(hours(4), local("2026-06-08T09:00")).pause(OFFICE, local("2026-06-08T10:00"));
        assertEquals(hours(1), clock.consumedAt(OFFICE, local("2026-06-10T15:00")));
        assertFalse(clock.breachedAt(OFFICE, local("2026-06-30T15:00")));
    }

    @Test
    void reopenResumesWithWhatWasLeft() {
        SlaClock clock = SlaClock.start(hours(8), local("2026-06-08T09:00"));
        clock = clock.stop(OFFICE, local("2026-06-08T11:00"));
        assertEquals(SlaClock.State.STOPPED, clock.state());
        assertEquals(hours(2), clock.consumed());
        clock = clock.resume(local("2026-06-10T14:00"));
        assertEquals(hours(2), clock.consumedAt(OFFICE, local("2026-06-10T14:00")));
        assertEquals(local("2026-06-11T12:00"), clock.due(OFFICE));
    }

    @Test
    void longerTargetMidTicketKeepsElapsedTime() {
        SlaClock clock = SlaClock.start(hours(4), local("2026-06-08T09:00"));
        clock = clock.retarget(OFFICE, local("2026-06-08T12:00"), hours(8));
        assertEquals(hours(3), clock.consumed());
        assertEquals(local("2026-06-08T17:00"), clock.due(OFFICE));
    }

    @Test
    void shorterTargetAlreadyPassedIsBreachedFromTheChange() {
        SlaClock clock = SlaClock.start(hours(8), local("2026-06-08T09:00"));
        clock = clock.retarget(OFFICE, local("2026-06-08T13:00"), hours(2));
        assertEquals(local("2026-06-08T13:00"), clock.breachedAt());
        assertTrue(clock.breachedAt(OFFICE, local("2026-06-08T13:00")));
    }

    @Test
    void breachedTargetStaysBreachedWhenTheTargetGrows() {
        SlaClock clock = SlaClock.start(hours(1), local("2026-06-08T09:00"));
        clock = clock.retarget(OFFICE, local("2026-06-08T11:00"), hours(8));
        assertEquals(local("2026-06-08T10:00"), clock.breachedAt());
        assertTrue(clock.breachedAt(OFFICE, local("2026-06-08T11:00")));
    }

    @Test
    void calendarChangeAppliesFromTheMomentItIsMade() {
        BusinessTime longer = calendar("08:00", "20:00");
        SlaClock clock = SlaClock.start(hours(10), local("2026-06-08T09:00"));
        clock = clock.retarget(OFFICE, local("2026-06-08T16:00"), hours(10));
        assertEquals(hours(7), clock.consumed(), "consumed on the old calendar");
        assertEquals(local("2026-06-08T19:00"), clock.due(longer));
        assertEquals(local("2026-06-09T11:00"), clock.due(OFFICE));
    }

    @Test
    void warningThresholdsLieInWorkingTime() {
        SlaClock clock = SlaClock.start(hours(8), local("2026-06-08T09:00"));
        assertEquals(local("2026-06-08T15:00"), clock.warningAt(OFFICE, 75));
        assertEquals(local("2026-06-08T16:12"), clock.warningAt(OFFICE, 90));
    }

    @Test
    void warningNeverFallsInTheNight() {
        SlaClock clock = SlaClock.start(hours(2), local("2026-06-08T16:00"));
        // 75 % of 2 h = 90 min: 60 today, 30 tomorrow morning, never midnight.
        assertEquals(local("2026-06-09T09:30"), clock.warningAt(OFFICE, 75));
        assertEquals(local("2026-06-09T10:00"), clock.due(OFFICE));
    }

    @Test
    void thresholdRoundsUpToWholeSeconds() {
        SlaClock clock = SlaClock.start(Duration.ofSeconds(10), local("2026-06-08T09:00"));
        assertEquals(Duration.ofSeconds(8), clock.threshold(75));
        assertEquals(Duration.ofSeconds(10), clock.threshold(100));
        assertThrows(IllegalArgumentException.class, () -> clock.threshold(0));
        assertThrows(IllegalArgumentException.class, () -> clock.threshold(101));
    }

    @Test
    void warningAlreadyPassedAnswersTheLastTransition() {
        SlaClock clock = SlaClock.start(hours(4), local("2026-06-08T09:00")).pause(OFFICE, local("2026-06-08T13:00"))
                .resume(local("2026-06-08T14:00"));
        assertEquals(local("2026-06-08T14:00"), clock.warningAt(OFFICE, 75));
    }

    @Test
    void zeroOrNegativeTargetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SlaClock.start(Duration.ZERO, Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> SlaClock.start(hours(-1), Instant.now()));
    }

    @Test
    void fractionsOfSecondsAreDropped() {
        SlaClock clock = SlaClock.start(hours(1), Instant.parse("2026-06-08T07:00:00.750Z"));
        assertEquals(Instant.parse("2026-06-08T07:00:00Z"), clock.since());
        clock = clock.stop(OFFICE, Instant.parse("2026-06-08T07:10:00.999Z"));
        assertEquals(Duration.ofMinutes(10), clock.consumed());
    }

    @Test
    void fallBackDayHasTwentyFiveHoursOnAroundTheClockCalendar() {
        BusinessTime time = always();
        SlaClock clock = SlaClock.start(hours(24), local("2026-10-24T12:00"));
        assertEquals(local("2026-10-25T11:00"), clock.due(time));
    }

    @Test
    void breachWhileRunningIsKeptWhenPaused() {
        SlaClock clock = SlaClock.start(hours(1), local("2026-06-08T09:00")).pause(OFFICE, local("2026-06-08T12:00"));
        assertEquals(local("2026-06-08T10:00"), clock.breachedAt());
        assertEquals(hours(3), clock.consumed());
        assertEquals(hours(-2), clock.remainingAt(OFFICE, local("2026-06-09T12:00")));
    }

    @Test
    void stoppedBeforeTheFirstOpeningConsumedNothing() {
        SlaClock clock = SlaClock.start(hours(1), local("2026-06-08T07:00")).stop(OFFICE, local("2026-06-08T08:30"));
        assertEquals(Duration.ZERO, clock.consumed());
        assertNull(clock.breachedAt());
    }

    @Test
    void halfDayHolidayTakesOutTheAfternoon() {
        BusinessTime time = calendar("09:00", "17:00",
                Holiday.once("Half day", LocalDate.of(2026, 12, 24), DayPart.AFTERNOON));
        SlaClock clock = SlaClock.start(hours(4), local("2026-12-24T10:00"));
        assertEquals(local("2026-12-25T11:00"), clock.due(time));
    }

    @Test
    void repeatedTransitionsAreIdempotent() {
        SlaClock clock = SlaClock.start(hours(4), local("2026-06-08T09:00"));
        SlaClock paused = clock.pause(OFFICE, local("2026-06-08T10:00"));
        assertEquals(paused, paused.pause(OFFICE, local("2026-06-08T11:00")));
        SlaClock resumed = paused.resume(local("2026-06-08T12:00"));
        assertEquals(resumed, resumed.resume(local("2026-06-08T13:00")));
        assertNotNull(resumed.due(OFFICE));
    }

    @Test
    void transitionBeforeTheLastOneCountsAsTheLastOne() {
        SlaClock clock = SlaClock.start(hours(4), local("2026-06-08T10:00"));
        SlaClock stopped = clock.stop(OFFICE, local("2026-06-08T09:00"));
        assertEquals(Duration.ZERO, stopped.consumed());
        assertEquals(local("2026-06-08T10:00"), stopped.since());
    }
}
