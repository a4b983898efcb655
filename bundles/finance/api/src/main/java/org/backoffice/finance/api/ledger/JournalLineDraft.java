package org.backoffice.finance.api.ledger;

import java.math.BigDecimal;

/**
 * One line to post: a debit or a credit (never both) on an account, in the base currency unless {@code currency}
 * names another.
 */
public record JournalLineDraft(String account, BigDecimal debit, BigDecimal credit, String currency, String partner,
        String memo) {

    public static JournalLineDraft debit(String account, BigDecimal amount) {
        return new JournalLineDraft(account, amount, null, null, null, null);
    }

    public static JournalLineDraft credit(String account, BigDecimal amount) {
        return new JournalLineDraft(account, null, amount, null, null, null);
    }
}
