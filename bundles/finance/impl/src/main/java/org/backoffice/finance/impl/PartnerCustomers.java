package org.backoffice.finance.impl;

import java.util.OptionalInt;

import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.error.ValidationFailedException;

/**
 * The customer checks that need the partners module. This is the only class that names partners types, and it is
 * loaded only when a {@code PartnerService} is bound, so the finance bundle works (and resolves, the import being
 * optional) without the partners module.
 */
final class PartnerCustomers {

    private PartnerCustomers() {
    }

    /**
     * Checks that {@code code} is an active customer and returns its payment terms in days, if it has any.
     *
     * @param service the bound {@code PartnerService}
     */
    static OptionalInt requireCustomer(Object service, String field, String code) {
        Partner partner = ((PartnerService) service).get(code)
                .orElseThrow(() -> ValidationFailedException.of(field, "does not exist"));
        if (!partner.hasRole(PartnerRole.CUSTOMER)) {
            throw ValidationFailedException.of(field, "is not a customer");
        }
        if (Boolean.FALSE.equals(partner.active())) {
            throw ValidationFailedException.of(field, "is inactive");
        }
        return partner.paymentTermsDays() == null ? OptionalInt.empty()
                : OptionalInt.of(partner.paymentTermsDays());
    }
}
