package org.backoffice.finance.impl.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class DocumentDefaultsTest {

    private final DocumentDefaults defaults = new DocumentDefaults("EUR", "1100", 30, "6900", "STD");
    private final LocalDate day = LocalDate.of(2026, 1, 31);

    @Test
    void aDueDateAskedForWinsOverEveryTerm() {
        assertEquals(LocalDate.of(2026, 2, 5), defaults.dueDate(day, LocalDate.of(2026, 2, 5), OptionalInt.of(10)));
    }

    @Test
    void thePartnersTermsComeBeforeTheConfiguredOnes() {
        assertEquals(LocalDate.of(2026, 2, 10), defaults.dueDate(day, null, OptionalInt.of(10)));
        assertEquals(LocalDate.of(2026, 3, 2), defaults.dueDate(day, null, OptionalInt.empty()));
    }

    @Test
    void currencyAndBankAccountDefaultToTheConfiguration() {
        assertEquals("EUR", defaults.currency(null));
        assertEquals("USD", defaults.currency("USD"));
        assertNull(defaults.foreign("EUR"));
        assertEquals("USD", defaults.foreign("USD"));
        assertEquals("1100", defaults.bankAccount(null));
        assertEquals("1110", defaults.bankAccount("1110"));
    }

    @Test
    void anEmptyDefaultTaxCodeMeansEveryLineNamesItsOwn() {
        assertEquals("STD", defaults.taxCode());
        assertNull(new DocumentDefaults("EUR", "1100", 30, "6900", " ").taxCode());
    }
}
