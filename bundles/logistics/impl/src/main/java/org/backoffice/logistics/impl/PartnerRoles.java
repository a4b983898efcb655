package org.backoffice.logistics.impl;

import java.util.Locale;
import java.util.Optional;

import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;

/**
 * Whether a partner code may act as a customer or supplier, asked of the partners module when it is installed.
 *
 * <p>The one way logistics uses partners: a service holds an optional, dynamic, greedy DS reference on a
 * {@code volatile PartnerService} field, reads the field once into a local (it may go away in between) and passes
 * that here; {@code null} means the module is not installed and every code is accepted. The feature always installs
 * the partners api bundle, so the field's type resolves even while the partners module itself is absent.
 */
public final class PartnerRoles {

    private PartnerRoles() {
    }

    /**
     * Why the partner cannot act in the role ("partner 'X' is not a supplier"), or empty when it can, when the code is
     * blank (the required-field check reports that) or when {@code partners} is null (module not installed).
     */
    public static Optional<String> refusal(PartnerService partners, String code, PartnerRole role) {
        if (partners == null || code == null || code.isBlank()) {
            return Optional.empty();
        }
        Optional<Partner> partner = partners.get(code);
        if (partner.isEmpty()) {
            return Optional.of("partner '" + code + "' does not exist");
        }
        if (!partner.get().hasRole(role)) {
            return Optional.of("partner '" + code + "' is not a " + role.name().toLowerCase(Locale.ROOT));
        }
        if (Boolean.FALSE.equals(partner.get().active())) {
            return Optional.of("partner '" + code + "' is inactive");
        }
        return Optional.empty();
    }
}
