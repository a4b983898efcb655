package org.backoffice.finance.impl.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class PostingRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    private final PostingRules rules = new PostingRules("USD", "6900");
    private final Map<String, PostingRules.AccountInfo> accounts = Map.of(
            "1200", new PostingRules.AccountInfo("1200", true, true, null),
            "4000", new PostingRules.AccountInfo("4000", true, true, null),
            "1400", new PostingRules.AccountInfo("1400", true, false, null),
            "4500", new PostingRules.AccountInfo("4500", false, true, null),
            "1110", new PostingRules.AccountInfo("1110", true, true, "EUR"));

    private static JournalEntryDraft draft(JournalLineDraft... lines) {
        return new JournalEntryDraft(DAY, "test", null, null, null, true, List.of(lines));
    }

    private static JournalLineDraft line(String account, String debit, String credit, String currency) {
        return new JournalLineDraft(account, debit == null ? null : new BigDecimal(debit),
                credit == null ? null : new BigDecimal(credit), currency, null, null);
    }

    private List<String> shapeErrors(JournalEntryDraft draft) {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> rules.checkShape(draft));
        return e.errors().stream().map(FieldError::field).toList();
    }

    private List<String> prepareErrors(JournalEntryDraft draft) {
        rules.checkShape(draft);
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> rules.prepare(draft, accounts, (c, d) -> c.equals("EUR")
                        ? Optional.of(new BigDecimal("1.1")) : Optional.empty()));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void shapeRules() {
        assertEquals(List.of("lines"), shapeErrors(draft(line("1200", "1.00", null, null))));
        assertEquals(List.of("lines[0]"), shapeErrors(draft(line("1200", "1.00", "1.00", null),
                line("4000", null, "1.00", null))));
        assertEquals(List.of("lines[0]"), shapeErrors(draft(line("1200", null, null, null),
                line("4000", null, "1.00", null))));
        assertEquals(List.of("lines[0].debit", "lines[1].credit"), shapeErrors(draft(line("1200", "0", null, null),
                line("4000", null, "-1", null))));
        assertEquals(List.of("lines[0].debit"), shapeErrors(draft(line("1200", "1.005", null, null),
                line("4000", null, "1.00", null))));
        assertEquals(List.of("lines[0].currency"), shapeErrors(draft(line("1200", "1", null, "EURO"),
                line("4000", null, "1", null))));
        // JPY has no minor unit
        assertEquals(List.of("lines[0].debit"), shapeErrors(draft(line("1200", "1.5", null, "JPY"),
                line("4000", null, "1", null))));
        assertEquals(List.of("date", "description", "lines"),
                shapeErrors(new JournalEntryDraft(null, " ", null, null, null, true, List.of())));
    }

    @Test
    void accountAndBalanceRules() {
        assertEquals(List.of("lines[0].account"), prepareErrors(draft(line("9999", "1.00", null, null),
                line("4000", null, "1.00", null))));
        assertEquals(List.of("lines[0].account"), prepareErrors(draft(line("1400", "1.00", null, null),
                line("4000", null, "1.00", null))));
        assertEquals(List.of("lines[1].account"), prepareErrors(draft(line("1200", "1.00", null, null),
                line("4500", null, "1.00", null))));
        assertEquals(List.of("lines[0].currency"), prepareErrors(draft(line("1110", "1.00", null, "USD"),
                line("4000", null, "1.00", null))));
        assertEquals(List.of("lines[0].currency"), prepareErrors(draft(line("1200", "1.00", null, "SEK"),
                line("4000", null, "1.00", null))));
        assertEquals(List.of("lines"), prepareErrors(draft(line("1200", "100.00", null, null),
                line("4000", null, "99.99", null))));
    }

    @Test
    void foreignLinesAreConvertedAndSmallRoundingIsBooked() {
        JournalEntryDraft draft = draft(line("1200", "10.01", null, "EUR"), line("1200", "10.01", null, "EUR"),
                line("4000", null, "22.03", null));
        List<PostingRules.Line> lines = rules.prepare(draft, accounts,
                (c, d) -> Optional.of(new BigDecimal("1.1")));
        assertEquals(4, lines.size());
        assertEquals(new BigDecimal("11.01"), lines.get(0).baseDebit());
        assertEquals(new BigDecimal("10.01"), lines.get(0).debit());
        assertEquals("EUR", lines.get(0).currency());
        assertEquals("6900", lines.get(3).account());
        assertEquals(new BigDecimal("0.01"), lines.get(3).baseDebit());
    }

    @Test
    void balancedBaseEntryNeedsNoRounding() {
        List<PostingRules.Line> lines = rules.prepare(draft(line("1200", "100.00", null, null),
                line("4000", null, "100.00", null)), accounts, (c, d) -> Optional.empty());
        assertEquals(2, lines.size());
        assertEquals(BigDecimal.ONE, lines.get(1).rate());
    }

    @Test
    void aBatchNamesTheErrorsOfEachEntryByItsIndex() {
        JournalEntryDraft balanced = draft(line("1200", "10", null, null), line("4000", null, "10", null));
        JournalEntryDraft empty = draft();
        ArrayList<JournalEntryDraft> drafts = new ArrayList<>(List.of(balanced, empty));
        drafts.add(null);
        List<String> fields = assertThrows(ValidationFailedException.class, () -> rules.checkShapes(drafts, 10))
                .errors().stream().map(FieldError::field).toList();
        assertTrue(fields.stream().allMatch(f -> f.startsWith("entries[1].") || f.equals("entries[2]")),
                fields.toString());
        assertTrue(fields.contains("entries[2]"), fields.toString());
        rules.checkShapes(List.of(balanced), 1);
        assertEquals(List.of("entries"), assertThrows(ValidationFailedException.class,
                () -> rules.checkShapes(List.of(balanced, balanced), 1)).errors().stream().map(FieldError::field)
                .toList());
    }
}
