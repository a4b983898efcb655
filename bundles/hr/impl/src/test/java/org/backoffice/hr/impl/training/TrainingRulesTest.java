package org.backoffice.hr.impl.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.api.training.Course;
import org.backoffice.hr.api.training.TrainingSession;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.Validator;
import org.junit.jupiter.api.Test;

class TrainingRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static List<String> fields(Validator v) {
        return v.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void courseNeedsCodeTitleAndAValidityWithItsCertification() {
        assertEquals(List.of("code", "title"), fields(TrainingRules.checkCourse(
                new Course(null, " ", null, null, null, null, null))));
        assertEquals(List.of("validityMonths"), fields(TrainingRules.checkCourse(
                new Course("FL-1", "Forklift", null, "FORKLIFT", null, 0, null))));
        assertEquals(List.of("validityMonths"), fields(TrainingRules.checkCourse(
                new Course("FL-1", "Forklift", null, null, null, 12, null))));
        assertTrue(fields(TrainingRules.checkCourse(
                new Course("HE-1", "עגלת מלגזה — 叉车 — رافعة", null, "FORKLIFT", null, 24, null))).isEmpty());
        // no validity: a certification that never expires
        assertTrue(fields(TrainingRules.checkCourse(
                new Course("FA-1", "First aid", null, "FIRST-AID", null, null, null))).isEmpty());
    }

    @Test
    void sessionCapacityAtLeastOneAndEndNotBeforeStart() {
        assertEquals(List.of("endDate", "capacity"), fields(TrainingRules.checkSession(
                new TrainingSession(null, "FL-1", DAY, DAY.minusDays(1), null, null, 0, null, null, null))));
        assertEquals(List.of("course", "startDate", "endDate", "capacity"), fields(TrainingRules.checkSession(
                new TrainingSession(null, null, null, null, null, null, null, null, null, null))));
        assertTrue(fields(TrainingRules.checkSession(
                new TrainingSession(null, "FL-1", DAY, DAY, "T", "L", 1, null, null, null))).isEmpty());
    }

    @Test
    void expiryNotBeforeIssue() {
        assertEquals(List.of("expiry"), fields(TrainingRules.checkCertification(
                new Certification(null, null, "FORKLIFT", null, DAY, DAY.minusDays(1), null))));
        assertEquals(List.of("code", "issued"), fields(TrainingRules.checkCertification(
                new Certification(null, null, null, null, null, null, null))));
    }

    @Test
    void expiryIsIssuePlusValidityMonths() {
        assertEquals(LocalDate.of(2026, 9, 15), TrainingRules.expiry(LocalDate.of(2026, 3, 15), 6));
        assertEquals(LocalDate.of(2027, 1, 31), TrainingRules.expiry(LocalDate.of(2026, 1, 31), 12));
        assertEquals(LocalDate.of(2026, 2, 28), TrainingRules.expiry(LocalDate.of(2026, 1, 31), 1));
        assertNull(TrainingRules.expiry(DAY, null));
    }

    private record Wait(long id, Instant requested) {
    }

    @Test
    void freedSeatsGoToTheFirstWaitingInOrder() {
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        List<Wait> waiting = List.of(new Wait(7, t.plusSeconds(5)), new Wait(5, t.plusSeconds(1)),
                new Wait(6, t.plusSeconds(1)));
        List<Wait> order = TrainingRules.waitingOrder(waiting,
                Comparator.comparing(Wait::requested).thenComparing(Wait::id));
        assertEquals(List.of(5L, 6L, 7L), order.stream().map(Wait::id).toList());
        assertEquals(1, TrainingRules.seatsToFill(2, 1, 3));  // one seat freed: the first waiting only
        assertEquals(0, TrainingRules.seatsToFill(2, 2, 3));  // full
        assertEquals(2, TrainingRules.seatsToFill(5, 1, 2));  // capacity raised: never more than are waiting
    }

    @Test
    void eachThresholdAnnouncedOnceAndTheTightestWins() {
        List<Integer> thresholds = List.of(60, 14);
        LocalDate expiry = DAY.plusDays(60);
        assertEquals(List.of(), TrainingRules.dueThresholds(DAY.minusDays(1), expiry, thresholds, Set.of()));
        assertEquals(List.of(60), TrainingRules.dueThresholds(DAY, expiry, thresholds, Set.of()));
        assertEquals(List.of(), TrainingRules.dueThresholds(DAY.plusDays(10), expiry, thresholds, Set.of(60)));
        assertEquals(List.of(14), TrainingRules.dueThresholds(expiry.minusDays(14), expiry, thresholds, Set.of(60)));
        assertEquals(List.of(), TrainingRules.dueThresholds(expiry.minusDays(3), expiry, thresholds,
                Set.of(60, 14)));
        // first seen 10 days before expiry: one notice (14), the 60-day one counts as sent
        assertEquals(List.of(14, 60), TrainingRules.dueThresholds(expiry.minusDays(10), expiry, thresholds,
                Set.of()));
        // expired or never expiring: nothing
        assertEquals(List.of(), TrainingRules.dueThresholds(expiry.plusDays(1), expiry, thresholds, Set.of()));
        assertEquals(List.of(), TrainingRules.dueThresholds(DAY, null, thresholds, Set.of()));
        // expiry day itself is still valid: announced
        assertEquals(List.of(14, 60), TrainingRules.dueThresholds(expiry, expiry, thresholds, Set.of()));
    }

    @Test
    void complianceCountsOnlyCertificationsValidOnTheDay() {
        List<Certification> held = List.of(
                new Certification(1L, "E1", "FORKLIFT", "Forklift", DAY.minusYears(2), DAY.minusDays(1), null),
                new Certification(2L, "E1", "FIRST-AID", "First aid", DAY.minusYears(1), null, null),
                new Certification(3L, "E1", "SAFETY", "Safety", DAY.plusDays(1), DAY.plusYears(1), null));
        assertEquals(List.of("FORKLIFT", "SAFETY"),
                TrainingRules.missing(List.of("SAFETY", "FORKLIFT", "FIRST-AID"), held, DAY));
        assertEquals(List.of("SAFETY"),
                TrainingRules.missing(List.of("SAFETY", "FORKLIFT"), held, DAY.minusDays(1)));
        assertEquals(List.of(), TrainingRules.missing(List.of("SAFETY", "FIRST-AID"), held, DAY.plusDays(1)));
        assertEquals(DAY.minusDays(1), TrainingRules.lastExpiry("FORKLIFT", held));
        assertNull(TrainingRules.lastExpiry("FIRST-AID", held));
    }

    @Test
    void thresholdsArePositiveAndDistinct() {
        assertEquals(List.of(14, 60), CertificationExpiryJob.thresholds("60, 14,60"));
        assertEquals("thresholds", org.junit.jupiter.api.Assertions.assertThrows(
                org.backoffice.platform.api.error.ValidationFailedException.class,
                () -> CertificationExpiryJob.thresholds("0")).errors().get(0).field());
        assertEquals("thresholds", org.junit.jupiter.api.Assertions.assertThrows(
                org.backoffice.platform.api.error.ValidationFailedException.class,
                () -> CertificationExpiryJob.thresholds("sixty")).errors().get(0).field());
    }
}
