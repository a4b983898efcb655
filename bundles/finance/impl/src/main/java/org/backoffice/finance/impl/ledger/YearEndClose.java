package org.backoffice.finance.impl.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backoffice.platform.api.error.ConflictProblem;

/**
 * The lines of a year-end closing entry: every income and expense account with a balance is brought to zero, and
 * their net goes to retained earnings, in the base currency.
 */
final class YearEndClose {

    private YearEndClose() {
    }

    /**
     * @param balances debit minus credit of each income and expense account over the year, in account order
     * @throws ConflictProblem when no account has a balance to close
     */
    static List<PostingRules.Line> lines(Map<String, BigDecimal> balances, String retainedEarnings, int fiscalYear,
            String baseCurrency) {
        List<PostingRules.Line> lines = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> account : balances.entrySet()) {
            BigDecimal balance = account.getValue();
            if (balance.signum() == 0) {
                continue;
            }
            net = net.add(balance);
            lines.add(baseLine(account.getKey(), balance.negate(), "closed into " + retainedEarnings, baseCurrency));
        }
        if (lines.isEmpty()) {
            throw new ConflictProblem("fiscal year " + fiscalYear + " has no income or expense balance to close");
        }
        lines.add(baseLine(retainedEarnings, net, "result of fiscal year " + fiscalYear, baseCurrency));
        return lines;
    }

    /** A base-currency line: a debit when {@code amount} is positive, a credit when negative. */
    static PostingRules.Line baseLine(String account, BigDecimal amount, String memo, String baseCurrency) {
        BigDecimal value = amount.abs();
        return amount.signum() > 0
                ? new PostingRules.Line(account, value, null, baseCurrency, BigDecimal.ONE, value, null, null, memo)
                : new PostingRules.Line(account, null, value, baseCurrency, BigDecimal.ONE, null, value, null, memo);
    }
}
