package org.backoffice.finance.api.dunning;

import java.math.BigDecimal;

/**
 * A dunning level: how many days after the due date an invoice reaches it, the fee charged once per notice of that
 * level, and the letter text.
 *
 * @param level       1, 2, 3…; unique; the path names it on update
 * @param daysOverdue at least 1; strictly increasing with the level
 * @param fee         zero or more, in the base currency
 * @param currency    the base currency; may be left out
 * @param text        the letter, with the placeholders {@code {customer}}, {@code {date}}, {@code {level}} (the
 *                    level's name), {@code {invoices}} (a table of number, due date, days overdue, open amount),
 *                    {@code {total}}, {@code {fee}} and {@code {currency}}; any other placeholder is refused
 * @param version     optimistic lock; required on update, ignored on create
 */
public record DunningLevel(Integer level, String name, Integer daysOverdue, BigDecimal fee, String currency,
        String text, Long version) {
}
