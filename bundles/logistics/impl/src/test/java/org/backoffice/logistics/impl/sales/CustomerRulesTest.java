package org.backoffice.logistics.impl.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.error.Validator;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {

    private static Partner partner(String code, Boolean active, PartnerRole... roles) {
        return new Partner(code, "Name", Set.of(roles), null, null, null, null, null, "EUR", 30, null, null, null,
                active, null, 1L);
    }

    /** A directory answering {@code get} from the map; nothing else is called. */
    private static PartnerService directory(Map<String, Partner> partners) {
        return (PartnerService) Proxy.newProxyInstance(PartnerService.class.getClassLoader(),
                new Class<?>[] {PartnerService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("get")) {
                        return Optional.ofNullable(partners.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static String check(String code, PartnerService partners) {
        Validator v = new Validator();
        CustomerRules.check(v, "customer", code, partners);
        return v.errors().isEmpty() ? "" : v.errors().get(0).field() + ": " + v.errors().get(0).message();
    }

    @Test
    void withoutThePartnersModuleAnyCodeIsTakenAsGiven() {
        assertEquals("", check("ANYONE", null));
    }

    @Test
    void withThePartnersModuleTheCodeMustNameAnActiveCustomer() {
        PartnerService partners = directory(Map.of(
                "ACME", partner("ACME", true, PartnerRole.CUSTOMER, PartnerRole.SUPPLIER),
                "SUPPLY", partner("SUPPLY", true, PartnerRole.SUPPLIER),
                "GONE", partner("GONE", false, PartnerRole.CUSTOMER)));
        assertEquals("", check("ACME", partners));
        assertEquals("customer: partner 'NOBODY' does not exist", check("NOBODY", partners));
        assertEquals("customer: partner 'SUPPLY' is not a customer", check("SUPPLY", partners));
        assertEquals("customer: partner 'GONE' is inactive", check("GONE", partners));
        assertFalse(check("", partners).contains("exist"), "a blank code is the required check's business");
    }
}
