package org.backoffice.hr.api.training;

import java.time.LocalDate;

/** One run of a course: dates, trainer, location and a number of seats; {@code enrolled} and {@code waiting} count. */
public record TrainingSession(Long id, String course, LocalDate startDate, LocalDate endDate, String trainer,
        String location, Integer capacity, Integer enrolled, Integer waiting, Long version) {
}
