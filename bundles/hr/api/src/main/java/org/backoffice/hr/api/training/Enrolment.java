package org.backoffice.hr.api.training;

import java.time.Instant;

/**
 * An employee on a session. {@code waitingPosition} is 1 for the first in line, {@code null} unless WAITING.
 *
 * @param requested when the enrolment was asked for: the waiting list's order
 */
public record Enrolment(Long id, Long sessionId, String employee, EnrolmentStatus status, Integer waitingPosition,
        Boolean attended, Instant requested) {
}
