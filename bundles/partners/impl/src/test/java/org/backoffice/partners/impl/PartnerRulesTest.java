package org.backoffice.partners.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.backoffice.platform.api.Address;
import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class PartnerRulesTest {

    private static Partner partner(String code, String name, Set<PartnerRole> roles, String email, String currency,
            Address address, BigDecimal creditLimit) {
        return new Partner(code, name, roles, null, email, "+972 3 123 4567", address, null, currency, 30,
                creditLimit, null, null, true, null, null);
    }

    @Test
    void aCompletePartnerIsValid() {
        PartnerRules.check(partner("ACME-1", "אקמה בע\"מ", Set.of(PartnerRole.CUSTOMER), "a@acme.example", "ILS",
                new Address("Herzl 1", "Tel Aviv", "6100000", "IL"), new BigDecimal("1000.00")), true);
    }

    @Test
    void everyBrokenRuleIsReportedWithItsField() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> PartnerRules.check(
                partner("bad code!", null, Set.of(), "nope", "EURO", new Address(null, null, null, "ZZ"),
                        new BigDecimal("-5")), true));
        assertEquals(List.of("code", "name", "roles", "email", "billingAddress.country", "currency", "creditLimit"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void codeIsOnlyCheckedOnCreate() {
        PartnerRules.check(partner(null, "Name", Set.of(PartnerRole.SUPPLIER), null, null, null, null), false);
        assertThrows(ValidationFailedException.class, () -> PartnerRules.check(
                partner(null, "Name", Set.of(PartnerRole.SUPPLIER), null, null, null, null), true));
    }

    @Test
    void changesListOnlyFieldsThatDiffer() {
        Partner before = partner("A", "Old", Set.of(PartnerRole.CUSTOMER), "a@x.example", "EUR", null,
                new BigDecimal("10.00"));
        Partner after = partner("A", "New", Set.of(PartnerRole.CUSTOMER, PartnerRole.SUPPLIER), "a@x.example", "EUR",
                new Address(null, "Berlin", null, "DE"), new BigDecimal("10.0"));
        assertEquals(List.of(new FieldChange("name", "Old", "New"),
                new FieldChange("roles", "[CUSTOMER]", "[CUSTOMER, SUPPLIER]"),
                new FieldChange("billingAddress.city", null, "Berlin"),
                new FieldChange("billingAddress.country", null, "DE")), PartnerChanges.between(before, after));
    }
}
