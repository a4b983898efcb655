package org.backoffice.finance.api.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An open item a statement line may settle, with the rule that found it and how sure it is.
 *
 * @param kind       {@code INVOICE} or {@code RECEIPT} (more kinds as sources are added)
 * @param amount     the item's open amount, signed from the bank's side
 * @param rule       {@code REFERENCE} (number or reference in the text), {@code AMOUNT_PARTNER}, {@code AMOUNT_DATE}
 * @param confidence 0..1
 */
public record MatchProposal(String kind, long id, String number, String partner, BigDecimal amount, LocalDate date,
        String rule, BigDecimal confidence) {
}
