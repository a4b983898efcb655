package org.backoffice.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.junit.jupiter.api.Test;

class ValidationRulesTest {

    @Test
    void validatorCollectsEveryBrokenRule() {
        Validator v = new Validator();
        v.requiredText("name", "  ", 10);
        v.email("email", "not-an-email");
        v.currency("currency", "eur");
        v.country("country", "XX");
        v.nonNegativeDecimal("amount", new BigDecimal("1.23456"), 4);
        v.range("days", 400, 0, 365);
        ValidationFailedException e = assertThrows(ValidationFailedException.class, v::throwIfInvalid);
        assertEquals(List.of("name", "email", "currency", "country", "amount", "days"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals(422, e.status());
        assertEquals("entries[2].email", e.prefixed("entries[2].").errors().get(1).field());
    }

    @Test
    void validValuesPass() {
        Validator v = new Validator();
        v.requiredText("name", "חברה", 10);
        v.email("email", "a.b@example.co.il");
        v.currency("currency", "JPY");
        v.country("country", "IL");
        v.nonNegativeDecimal("amount", new BigDecimal("10.5000"), 2);
        v.range("days", 0, 0, 365);
        v.throwIfInvalid();
    }

    @Test
    void pageRequestEnforcesTheLimits() {
        assertEquals(new PageRequest(0, 50), PageRequest.of(null, null));
        assertThrows(ValidationFailedException.class, () -> PageRequest.of(-1, 10));
        assertThrows(ValidationFailedException.class, () -> PageRequest.of(0, 501));
        assertThrows(ValidationFailedException.class, () -> PageRequest.of(0, 0));
    }

    @Test
    void changeSetKeepsOnlyRealChangesAndComparesAmountsByValue() {
        List<FieldChange> changes = new ChangeSet()
                .compare("name", "A", "B")
                .compare("limit", new BigDecimal("10.50"), new BigDecimal("10.5"))
                .compare("email", null, "x@y.example")
                .compare("same", "x", "x")
                .changes();
        assertEquals(List.of(new FieldChange("name", "A", "B"), new FieldChange("email", null, "x@y.example")),
                changes);
    }

    @Test
    void moneyDisplaysAtLeastTheCurrencyDecimals() {
        assertEquals("5000.00", Money.display(new BigDecimal("5000.0000"), "EUR").toPlainString());
        assertEquals("0.125", Money.display(new BigDecimal("0.1250"), "USD").toPlainString());
        assertEquals("100", Money.display(new BigDecimal("100.0000"), "JPY").toPlainString());
        assertEquals("1.500", Money.display(new BigDecimal("1.5"), "KWD").toPlainString());
        assertTrue(Money.display(null, "EUR") == null);
    }
}
