package org.backoffice.hr.api.leave;

import java.time.LocalDate;

/** Days on which no leave may be requested (a stock-taking week), for one type or, {@code type} null, all. */
public record ClosedPeriod(Long id, LocalDate from, LocalDate to, String type, String name) {
}
