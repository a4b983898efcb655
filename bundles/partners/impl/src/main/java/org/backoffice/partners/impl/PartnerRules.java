package org.backoffice.partners.impl;

import java.util.regex.Pattern;

import org.backoffice.platform.api.Address;
import org.backoffice.partners.api.Partner;
import org.backoffice.platform.api.BankIdentifiers;
import org.backoffice.platform.api.error.Validator;

/** The rules a partner must satisfy, checked on every create and update whatever the caller (REST, shell, Java). */
final class PartnerRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,30}");
    private static final int MAX_TERMS_DAYS = 365;
    private static final int MONEY_SCALE = 4;

    private PartnerRules() {
    }

    static void check(Partner partner, boolean creating) {
        Validator v = new Validator();
        if (creating && v.requiredText("code", partner.code(), 40)) {
            v.matches("code", partner.code(), CODE,
                    "must start with a letter or digit and contain only letters, digits, '.', '_' and '-'");
        }
        v.requiredText("name", partner.name(), 200);
        v.notEmpty("roles", partner.roles());
        v.optionalText("taxId", partner.taxId(), 50);
        v.email("email", partner.email());
        v.matches("phone", partner.phone(), PHONE, "must be a phone number like +1 555 0100");
        address(v, "billingAddress", partner.billingAddress());
        address(v, "shippingAddress", partner.shippingAddress());
        v.currency("currency", partner.currency());
        v.range("paymentTermsDays", partner.paymentTermsDays(), 0, MAX_TERMS_DAYS);
        v.nonNegativeDecimal("creditLimit", partner.creditLimit(), MONEY_SCALE);
        if (partner.creditLimit() != null) {
            v.check(partner.creditLimit().precision() - partner.creditLimit().scale() <= 15, "creditLimit",
                    "must be less than 10^15");
        }
        if (partner.iban() != null) {
            v.check(BankIdentifiers.validIban(BankIdentifiers.normalizeIban(partner.iban())), "iban",
                    "is not a valid IBAN (ISO 13616: country, check digits that pass mod-97, account)");
        }
        if (partner.bic() != null) {
            v.check(BankIdentifiers.validBic(partner.bic()), "bic",
                    "is not a valid BIC (ISO 9362: 8 or 11 characters)");
        }
        v.optionalText("notes", partner.notes(), 4000);
        v.throwIfInvalid();
    }

    private static void address(Validator v, String field, Address address) {
        if (address == null) {
            return;
        }
        v.optionalText(field + ".street", address.street(), 200);
        v.optionalText(field + ".city", address.city(), 100);
        v.optionalText(field + ".postalCode", address.postalCode(), 20);
        if (v.required(field + ".country", address.country())) {
            v.country(field + ".country", address.country());
        }
    }
}
