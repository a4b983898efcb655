package org.backoffice.bridge.payrollfinance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.junit.jupiter.api.Test;

class PayrollJournalsTest {

    private static final PayrollJournals.Accounts ACCOUNTS = PayrollJournals.Accounts.of(new String[] {
        "BASIC=6000", "BONUS = 6000", "PENSION=2300", "TAX=2100", "EMPLOYER_SS=6100"}, "2200", "2400");

    private static final Map<String, Object> PAYLOAD = Map.of("run", 7, "period", "2026-01",
            "kinds", Map.of("BASIC", "EARNING", "BONUS", "EARNING", "PENSION", "DEDUCTION_BEFORE_TAX", "TAX",
                    "DEDUCTION_AFTER_TAX", "EMPLOYER_SS", "EMPLOYER_CONTRIBUTION", "NOTE", "INFORMATIONAL"),
            "byComponent", Map.of("BASIC", "3000.00", "BONUS", "500.00", "PENSION", "175.00", "TAX", "530.00",
                    "EMPLOYER_SS", "350.00", "NOTE", "12.00"),
            "byCostCentre", Map.of("CC1", Map.of("BASIC", "2000.00", "TAX", "300.00"),
                    "CC2", Map.of("BASIC", "1000.00", "BONUS", "500.00", "PENSION", "175.00", "TAX", "230.00",
                            "EMPLOYER_SS", "350.00")));

    private static BigDecimal side(List<JournalLineDraft> lines, String account, boolean debit) {
        return lines.stream().filter(l -> l.account().equals(account)).map(debit ? JournalLineDraft::debit
                : JournalLineDraft::credit).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void assertBalanced(JournalEntryDraft draft) {
        BigDecimal debits = draft.lines().stream().map(JournalLineDraft::debit).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = draft.lines().stream().map(JournalLineDraft::credit).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, debits.compareTo(credits), draft.toString());
    }

    @Test
    void oneBalancedEntryPerRun() {
        Map<String, JournalEntryDraft> drafts = PayrollJournals.drafts(PAYLOAD, ACCOUNTS, false);
        assertEquals(List.of("payroll-run-7"), List.copyOf(drafts.keySet()));
        JournalEntryDraft entry = drafts.get("payroll-run-7");
        assertBalanced(entry);
        assertEquals("2026-01-31", entry.date().toString());
        assertEquals("PAYROLL-7", entry.reference());
        List<JournalLineDraft> lines = entry.lines();
        assertEquals(new BigDecimal("3500.00"), side(lines, "6000", true));     // basic and bonus
        assertEquals(new BigDecimal("350.00"), side(lines, "6100", true));      // employer contribution
        assertEquals(new BigDecimal("175.00"), side(lines, "2300", false));     // pension payable
        assertEquals(new BigDecimal("530.00"), side(lines, "2100", false));     // tax payable
        assertEquals(new BigDecimal("350.00"), side(lines, "2400", false));     // contributions payable
        assertEquals(new BigDecimal("2795.00"), side(lines, "2200", false));    // net pay 3,500 - 175 - 530
    }

    @Test
    void accountsFromOneCommaSeparatedValue() {
        PayrollJournals.Accounts accounts = PayrollJournals.Accounts.of(new String[] {
            "BASIC=6000,BONUS=6000, PENSION=2300,TAX=2100,EMPLOYER_SS=6100"}, "2200", "2400");
        assertEquals(ACCOUNTS.components(), accounts.components());
    }

    @Test
    void oneEntryPerCostCentre() {
        Map<String, JournalEntryDraft> drafts = PayrollJournals.drafts(PAYLOAD, ACCOUNTS, true);
        assertEquals(List.of("payroll-run-7-CC1", "payroll-run-7-CC2"), List.copyOf(drafts.keySet()));
        drafts.values().forEach(PayrollJournalsTest::assertBalanced);
        assertEquals(new BigDecimal("1700.00"), side(drafts.get("payroll-run-7-CC1").lines(), "2200", false));
    }

    @Test
    void negativeArrearsSwapSides() {
        Map<String, Object> payload = Map.of("run", 8, "period", "2026-02", "kinds", Map.of("BASIC", "EARNING",
                "TAX", "DEDUCTION_AFTER_TAX"), "byComponent", Map.of("BASIC", "-100.00", "TAX", "-20.00"));
        JournalEntryDraft entry = PayrollJournals.drafts(payload, ACCOUNTS, false).get("payroll-run-8");
        assertBalanced(entry);
        assertEquals(new BigDecimal("100.00"), side(entry.lines(), "6000", false));
        assertEquals(new BigDecimal("80.00"), side(entry.lines(), "2200", true));
    }

    @Test
    void anUnmappedComponentHoldsTheRunBack() {
        PayrollJournals.Accounts partial = PayrollJournals.Accounts.of(new String[] {"BASIC=6000"}, "2200", "2400");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PayrollJournals.drafts(PAYLOAD, partial, false));
        assertTrue(e.getMessage().contains("BONUS, EMPLOYER_SS, PENSION, TAX"), e.getMessage());
    }
}
