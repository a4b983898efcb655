package org.backoffice.logistics.impl.sales;

import org.backoffice.logistics.impl.PartnerRoles;
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
        PartnerRoles.refusal(partners, code, PartnerRole.CUSTOMER).ifPresent(reason -> v.reject(field, reason));
    }
}
