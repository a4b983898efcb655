package org.backoffice.finance.impl.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backoffice.platform.api.error.ConflictProblem;
import org.junit.jupiter.api.Test;

class YearEndCloseTest {

    @Test
    void incomeAndExpensesAreClearedIntoRetainedEarnings() {
        Map<String, BigDecimal> balances = new LinkedHashMap<>();
        balances.put("4000", new BigDecimal("-1000.00")); // income: a credit balance
        balances.put("5000", new BigDecimal("600.00")); // expense: a debit balance
        balances.put("6500", BigDecimal.ZERO);

        List<PostingRules.Line> lines = YearEndClose.lines(balances, "3200", 2026, "EUR");

        assertEquals(List.of("4000", "5000", "3200"), lines.stream().map(PostingRules.Line::account).toList());
        assertEquals(new BigDecimal("1000.00"), lines.get(0).baseDebit());
        assertEquals(new BigDecimal("600.00"), lines.get(1).baseCredit());
        // a profit of 400 is a credit to retained earnings
        assertEquals(new BigDecimal("400.00"), lines.get(2).baseCredit());
        assertEquals("result of fiscal year 2026", lines.get(2).memo());
        assertEquals("EUR", lines.get(2).currency());
    }

    @Test
    void aYearWithoutBalancesHasNothingToClose() {
        assertThrows(ConflictProblem.class, () -> YearEndClose.lines(Map.of("4000", BigDecimal.ZERO), "3200", 2026,
                "EUR"));
    }
}
