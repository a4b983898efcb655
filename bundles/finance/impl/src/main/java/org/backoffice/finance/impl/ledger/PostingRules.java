package org.backoffice.finance.impl.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/**
 * The rules of a journal entry, independent of storage: every broken rule is reported with the JSON path of the
 * field, e.g. {@code lines[1].credit}. Produces the lines to store, with base-currency amounts and, for
 * foreign-currency entries, a rounding line when conversion left a difference of at most one minor unit per foreign
 * line.
 */
final class PostingRules {

    static final int MAX_LINES = 500;

    /** What the rules need to know about an account. */
    record AccountInfo(String code, boolean postable, boolean active, String currency) {
    }

    /** A line ready to store. */
    record Line(String account, BigDecimal debit, BigDecimal credit, String currency, BigDecimal rate,
            BigDecimal baseDebit, BigDecimal baseCredit, String partner, String memo) {
    }

    private final String baseCurrency;
    private final String roundingAccount;

    PostingRules(String baseCurrency, String roundingAccount) {
        this.baseCurrency = baseCurrency;
        this.roundingAccount = roundingAccount;
    }

    /** Checks the shape of every draft of a batch of 1 to {@code max}; errors are named {@code entries[i].field}. */
    void checkShapes(List<JournalEntryDraft> drafts, int max) {
        if (drafts == null || drafts.isEmpty() || drafts.size() > max) {
            throw ValidationFailedException.of("entries", "must hold 1 to " + max + " entries");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i) == null) {
                errors.add(new FieldError("entries[" + i + "]", "is empty"));
                continue;
            }
            try {
                checkShape(drafts.get(i));
            } catch (ValidationFailedException e) {
                errors.addAll(e.prefixed("entries[" + i + "].").errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    /** Checks what needs no database: presence, amounts, decimals, currencies. */
    void checkShape(JournalEntryDraft draft) {
        Validator v = new Validator();
        v.required("date", draft.date());
        v.requiredText("description", draft.description(), 500);
        v.optionalText("reference", draft.reference(), 100);
        v.optionalText("source", draft.source(), 50);
        v.optionalText("sourceDocument", draft.sourceDocument(), 100);
        List<JournalLineDraft> lines = draft.lines() == null ? List.of() : draft.lines();
        v.check(lines.size() >= 2, "lines", "an entry needs at least two lines");
        v.check(lines.size() <= MAX_LINES, "lines", "an entry has at most " + MAX_LINES + " lines");
        for (int i = 0; i < lines.size(); i++) {
            JournalLineDraft line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                v.reject(at, "is empty");
                continue;
            }
            v.requiredText(at + ".account", line.account(), 20);
            String currency = line.currency() == null ? baseCurrency : line.currency();
            v.currency(at + ".currency", line.currency());
            boolean hasDebit = line.debit() != null;
            boolean hasCredit = line.credit() != null;
            if (hasDebit && hasCredit) {
                v.reject(at, "a line is a debit or a credit, never both");
            } else if (!hasDebit && !hasCredit) {
                v.reject(at, "needs a debit or a credit amount");
            } else {
                String field = at + (hasDebit ? ".debit" : ".credit");
                amount(v, field, hasDebit ? line.debit() : line.credit(), currency);
            }
            v.optionalText(at + ".partner", line.partner(), 40);
            v.optionalText(at + ".memo", line.memo(), 500);
        }
        v.throwIfInvalid();
    }

    /**
     * Checks the lines against the accounts and rates and computes what to store.
     *
     * @param rateOf the base-currency rate of a currency on the entry date, if there is one
     */
    List<Line> prepare(JournalEntryDraft draft, Map<String, AccountInfo> accounts,
            BiFunction<String, java.time.LocalDate, Optional<BigDecimal>> rateOf) {
        Validator v = new Validator();
        List<Line> prepared = new ArrayList<>();
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        int foreignLines = 0;
        int baseDigits = Money.minorDigits(baseCurrency);
        List<JournalLineDraft> lines = draft.lines();
        for (int i = 0; i < lines.size(); i++) {
            JournalLineDraft line = lines.get(i);
            String at = "lines[" + i + "]";
            String currency = line.currency() == null ? baseCurrency : line.currency();
            AccountInfo account = accounts.get(line.account());
            if (account == null) {
                v.reject(at + ".account", "account '" + line.account() + "' does not exist");
            } else if (!account.postable()) {
                v.reject(at + ".account", "account '" + line.account() + "' has sub-accounts; post to one of them");
            } else if (!account.active()) {
                v.reject(at + ".account", "account '" + line.account() + "' is blocked");
            } else if (account.currency() != null && !account.currency().equals(currency)) {
                v.reject(at + ".currency", "account '" + line.account() + "' takes only " + account.currency());
            }
            BigDecimal rate = BigDecimal.ONE;
            if (!currency.equals(baseCurrency)) {
                foreignLines++;
                Optional<BigDecimal> found = rateOf.apply(currency, draft.date());
                if (found.isEmpty()) {
                    v.reject(at + ".currency", "no exchange rate for " + currency + " on or before " + draft.date());
                    continue;
                }
                rate = found.get();
            }
            BigDecimal amount = line.debit() != null ? line.debit() : line.credit();
            BigDecimal base = amount.multiply(rate).setScale(baseDigits, RoundingMode.HALF_EVEN);
            if (line.debit() != null) {
                debits = debits.add(base);
                prepared.add(new Line(line.account(), amount, null, currency, rate, base, null, line.partner(),
                        line.memo()));
            } else {
                credits = credits.add(base);
                prepared.add(new Line(line.account(), null, amount, currency, rate, null, base, line.partner(),
                        line.memo()));
            }
        }
        v.throwIfInvalid();
        BigDecimal difference = debits.subtract(credits);
        if (difference.signum() != 0) {
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(baseDigits).multiply(BigDecimal.valueOf(foreignLines));
            if (difference.abs().compareTo(tolerance) > 0) {
                v.reject("lines", "debits (" + debits.toPlainString() + ") and credits (" + credits.toPlainString()
                        + ") in " + baseCurrency + " must be equal");
                v.throwIfInvalid();
            }
            BigDecimal amount = difference.abs();
            prepared.add(difference.signum() > 0
                    ? new Line(roundingAccount, null, amount, baseCurrency, BigDecimal.ONE, null, amount, null,
                            "rounding difference")
                    : new Line(roundingAccount, amount, null, baseCurrency, BigDecimal.ONE, amount, null, null,
                            "rounding difference"));
        }
        return prepared;
    }

    private static void amount(Validator v, String field, BigDecimal amount, String currency) {
        if (amount.signum() <= 0) {
            v.reject(field, "must be more than zero");
            return;
        }
        int digits = Money.minorDigits(currency);
        if (amount.stripTrailingZeros().scale() > digits) {
            v.reject(field, "has more than " + digits + " decimals for " + currency);
        } else if (amount.precision() - amount.scale() > 15) {
            v.reject(field, "must be less than 10^15");
        }
    }
}
