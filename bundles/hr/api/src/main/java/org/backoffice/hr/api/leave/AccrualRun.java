package org.backoffice.hr.api.leave;

import java.time.LocalDate;

/** What an accrual run did: credits written, credits already there (the run is idempotent), employees looked at. */
public record AccrualRun(LocalDate through, int credited, int alreadyCredited, int employees, long millis) {
}
