package org.backoffice.finance.api.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Exchange rates against the base currency. */
@ProviderType
public interface ExchangeRateService {

    String baseCurrency();

    /** Sets (or replaces) the rate of a currency for a date. */
    ExchangeRate set(ExchangeRate rate);

    /** The rate in force on a date: the latest one on or before it. */
    Optional<ExchangeRate> rateOn(String currency, LocalDate date);

    List<ExchangeRate> list(String currency);
}
