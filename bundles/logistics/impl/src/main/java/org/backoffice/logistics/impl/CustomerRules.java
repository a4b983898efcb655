package org.backoffice.logistics.impl;

import java.util.Optional;

import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.error.Validator;

/**
 * The customer of a sales order is a partner code. With the partners module installed it must name an active
 * partner with the CUSTOMER role; without it, the code is taken as given (the module works on its own).
 */
final class CustomerRules {

    private CustomerRules() {
    }

    /** @param partners the partners service, or {@code null} when the partners module is not installed */
    static void check(Validator v, String field, String code, PartnerService partners) {
        if (partners == null || code == null || code.isBlank()) {
            return;
        }
        Optional<Partner> partner = partners.get(code);
        if (partner.isEmpty()) {
            v.reject(field, "partner '" + code + "' does not exist");
        } else if (!partner.get().hasRole(PartnerRole.CUSTOMER)) {
            v.reject(field, "partner '" + code + "' is not a customer");
        } else if (Boolean.FALSE.equals(partner.get().active())) {
            v.reject(field, "partner '" + code + "' is inactive");
        }
    }
}
