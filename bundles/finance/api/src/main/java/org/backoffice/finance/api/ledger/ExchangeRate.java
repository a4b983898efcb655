package org.backoffice.finance.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Units of base currency for one unit of {@code currency}, valid from {@code date} until the next rate. */
public record ExchangeRate(String currency, LocalDate date, BigDecimal rate) {
}
