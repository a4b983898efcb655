package org.backoffice.finance.impl.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.finance.api.dunning.DunningLevel;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.Validator;
import org.junit.jupiter.api.Test;

class DunningRulesTest {

    private static final LocalDate RUN = LocalDate.of(2029, 6, 30);
    private static final DunningRules.Level L1 = level(1, 7, "0.00");
    private static final DunningRules.Level L2 = level(2, 21, "10.00");
    private static final DunningRules.Level L3 = level(3, 45, "25.00");
    private static final List<DunningRules.Level> LEVELS = List.of(L1, L2, L3);

    private static DunningRules.Level level(int level, int days, String fee) {
        return new DunningRules.Level(level, "Level " + level, days, new BigDecimal(fee), "{invoices}");
    }

    private static DunningRules.Candidate invoice(long id, String customer, int daysOverdue, String open, int last) {
        return invoice(id, customer, "USD", daysOverdue, open, last);
    }

    private static DunningRules.Candidate invoice(long id, String customer, String currency, int daysOverdue,
            String open, int last) {
        return new DunningRules.Candidate(id, customer, currency, "INV-" + id, RUN.minusDays(daysOverdue),
                new BigDecimal(open), last);
    }

    private static int next(long days, int last) {
        return DunningRules.nextLevel(LEVELS, days, last).map(DunningRules.Level::level).orElse(0);
    }

    @Test
    void theNextLevelIsTheHighestWhoseThresholdIsReached() {
        assertEquals(0, next(6, 0), "6 days: no level yet");
        assertEquals(1, next(7, 0), "the threshold day itself reaches the level");
        assertEquals(1, next(20, 0));
        assertEquals(2, next(21, 1));
        assertEquals(3, next(45, 2));
        assertEquals(3, next(400, 2));
    }

    @Test
    void levelsInBetweenAreSkippedWhenAnInvoiceIsVeryLate() {
        assertEquals(3, next(60, 0), "never dunned, 60 days late: straight to the final level");
        assertEquals(2, next(30, 0));
    }

    @Test
    void anInvoiceNeverGetsTheSameLevelTwiceNorALowerOne() {
        assertEquals(0, next(10, 1), "level 1 received, level 2 not reached yet");
        assertEquals(0, next(30, 2));
        assertEquals(0, next(100, 3), "the last level was issued: nothing more");
        assertEquals(0, next(10, 3), "a higher level was issued by hand: no lower one later");
    }

    @Test
    void aCustomerOwingInTwoCurrenciesGetsANoticePerCurrencyEachAddingUpItsOwn() {
        List<DunningRules.Planned> plan = DunningRules.plan(RUN, LEVELS, List.of(
                invoice(1, "A", "EUR", 50, "100.00", 0),
                invoice(2, "A", "EUR", 10, "20.00", 0),
                invoice(3, "A", "USD", 25, "40.00", 0)));
        assertEquals(2, plan.size());
        assertEquals(List.of("EUR", "USD"), plan.stream().map(DunningRules.Planned::currency).toList());
        assertEquals(new BigDecimal("120.00"), plan.get(0).total());
        assertEquals(3, plan.get(0).level().level());
        assertEquals(new BigDecimal("40.00"), plan.get(1).total());
        assertEquals(2, plan.get(1).level().level());
    }

    @Test
    void oneNoticePerCustomerAtTheHighestLevelOfItsInvoicesWithTheFeeOnce() {
        List<DunningRules.Planned> plan = DunningRules.plan(RUN, LEVELS, List.of(
                invoice(1, "A", 50, "100.00", 0),
                invoice(2, "A", 10, "20.50", 0),
                invoice(3, "A", 3, "999.00", 0),
                invoice(4, "B", 25, "40.00", 1),
                invoice(5, "C", 30, "70.00", 2)));
        assertEquals(2, plan.size(), "C has nothing new due, A's third invoice is not late enough");
        DunningRules.Planned a = plan.get(0);
        assertEquals("A", a.customer());
        assertEquals(3, a.level().level());
        assertEquals(List.of(3, 1), a.items().stream().map(i -> i.level()).toList());
        assertEquals(new BigDecimal("120.50"), a.total());
        assertEquals(new BigDecimal("25.00"), DunningRules.fee(a), "the notice's level fee, once");
        assertEquals(50, a.items().get(0).daysOverdue());
        DunningRules.Planned b = plan.get(1);
        assertEquals(2, b.level().level());
        assertEquals(new BigDecimal("10.00"), DunningRules.fee(b));
    }

    @Test
    void aReminderWithoutFeeCostsNothing() {
        List<DunningRules.Planned> plan = DunningRules.plan(RUN, LEVELS, List.of(invoice(1, "A", 8, "5.00", 0)));
        assertEquals(BigDecimal.ZERO.compareTo(DunningRules.fee(plan.get(0))), 0);
    }

    @Test
    void invoicesNotYetOverdueAreNeverDunnedEvenWithoutThreshold() {
        List<DunningRules.Level> immediate = List.of(new DunningRules.Level(1, "Now", 0, BigDecimal.ZERO, ""));
        assertTrue(DunningRules.plan(RUN, immediate, List.of(invoice(1, "A", 0, "5.00", 0))).isEmpty());
    }

    @Test
    void issuingALevelByHandIsRefusedWhenTheInvoiceAlreadyReceivedIt() {
        assertEquals(1, DunningRules.planLevel(RUN, L2, List.of(invoice(1, "A", 3, "5.00", 1))).size());
        ConflictProblem twice = assertThrows(ConflictProblem.class,
                () -> DunningRules.planLevel(RUN, L2, List.of(invoice(1, "A", 30, "5.00", 2))));
        assertTrue(twice.getMessage().contains("INV-1"), twice.getMessage());
        assertThrows(ConflictProblem.class,
                () -> DunningRules.planLevel(RUN, L1, List.of(invoice(1, "A", 30, "5.00", 3))));
    }

    private static List<FieldError> errors(DunningLevel level, List<DunningRules.Level> others) {
        Validator v = new Validator();
        DunningRules.check(v, level, others, "USD");
        return v.errors();
    }

    private static DunningLevel valid(int level, int days) {
        return new DunningLevel(level, "Level", days, new BigDecimal("5.00"), null, "Dear {customer}: {invoices}",
                null);
    }

    @Test
    void daysOverdueMustIncreaseStrictlyWithTheLevel() {
        assertTrue(errors(valid(4, 60), LEVELS).isEmpty());
        assertTrue(errors(valid(4, 45), LEVELS).stream().anyMatch(e -> e.field().equals("daysOverdue")),
                "equal to level 3's days");
        assertTrue(errors(valid(2, 50), List.of(L1, L3)).stream().anyMatch(e -> e.field().equals("daysOverdue")),
                "above level 3's days");
        assertTrue(errors(valid(2, 7), List.of(L1, L3)).stream().anyMatch(e -> e.field().equals("daysOverdue")));
        assertTrue(errors(valid(2, 30), List.of(L1, L3)).isEmpty());
    }

    @Test
    void feesAreZeroOrMoreInTheBaseCurrencyWithItsDecimals() {
        DunningLevel negative = new DunningLevel(4, "L", 60, new BigDecimal("-1.00"), null, "x", null);
        assertEquals(List.of("fee"), errors(negative, LEVELS).stream().map(FieldError::field).toList());
        DunningLevel fraction = new DunningLevel(4, "L", 60, new BigDecimal("1.005"), null, "x", null);
        assertEquals(List.of("fee"), errors(fraction, LEVELS).stream().map(FieldError::field).toList());
        DunningLevel euro = new DunningLevel(4, "L", 60, BigDecimal.ONE, "EUR", "x", null);
        assertEquals(List.of("currency"), errors(euro, LEVELS).stream().map(FieldError::field).toList());
        assertTrue(errors(new DunningLevel(4, "L", 60, BigDecimal.ZERO, "USD", "x", null), LEVELS).isEmpty());
    }

    @Test
    void unknownPlaceholdersAreRefusedNamingText() {
        DunningLevel level = new DunningLevel(4, "L", 60, BigDecimal.ONE, null, "Dear {customer}, {amount} {iban}",
                null);
        List<FieldError> errors = errors(level, LEVELS);
        assertEquals(1, errors.size());
        assertEquals("text", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("{amount}, {iban}"), errors.get(0).message());
    }

    @Test
    void missingFieldsAreNamed() {
        List<String> fields = errors(new DunningLevel(null, " ", null, null, null, null, null), LEVELS).stream()
                .map(FieldError::field).toList();
        assertEquals(List.of("level", "name", "daysOverdue", "fee", "text"), fields);
    }

    @Test
    void theDefaultLevelsFollowTheRules() {
        List<DunningRules.Level> stored = new java.util.ArrayList<>();
        for (DunningLevel level : DunningLevels.DEFAULTS) {
            assertEquals(List.of(), errors(level, stored));
            stored.add(new DunningRules.Level(level.level(), level.name(), level.daysOverdue(), level.fee(),
                    level.text()));
        }
        assertEquals(List.of(7, 21, 45), DunningLevels.DEFAULTS.stream().map(DunningLevel::daysOverdue).toList());
        assertEquals(List.of("0.00", "10.00", "25.00"), DunningLevels.DEFAULTS.stream()
                .map(l -> l.fee().toPlainString()).toList());
    }
}
