package org.backoffice.finance.impl;

import java.util.Optional;
import java.util.OptionalInt;

import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.error.ValidationFailedException;

/**
 * The partner checks finance makes while the partners module is installed. Callers hold the partners service the
 * one way every module does: an optional, dynamic, greedy DS reference on a {@code volatile PartnerService} field,
 * read once into a local (here: the argument) before use; {@code null} means the module is not installed, and then
 * any code passes. The finance feature carries the partners api bundle (imported {@code resolution:=optional}), so
 * the type is always wired while the service comes and goes.
 */
public final class PartnerRoles {

    /** The roles a finance document asks of its partner, named without partners types. */
    public enum Role {
        CUSTOMER("a customer"),
        SUPPLIER("a supplier");

        private final String noun;

        Role(String noun) {
            this.noun = noun;
        }
    }

    private PartnerRoles() {
    }

    /**
     * With the partners module: {@code code} must be an active partner with the role; returns its payment terms in
     * days, if it has any. Without the module: any code, no terms.
     */
    public static OptionalInt require(PartnerService partners, Role role, String field, String code) {
        if (partners == null) {
            return OptionalInt.empty();
        }
        Partner partner = partners.get(code).orElseThrow(() -> ValidationFailedException.of(field, "does not exist"));
        if (!partner.hasRole(PartnerRole.valueOf(role.name()))) {
            throw ValidationFailedException.of(field, "is not " + role.noun);
        }
        if (Boolean.FALSE.equals(partner.active())) {
            throw ValidationFailedException.of(field, "is inactive");
        }
        return partner.paymentTermsDays() == null ? OptionalInt.empty() : OptionalInt.of(partner.paymentTermsDays());
    }

    /** What finance reads of a partner besides its roles: its name and bank account (IBAN, may be absent). */
    public record Party(String name, String iban) {
    }

    /** The partner, if the partners module is installed and knows the code. */
    public static Optional<Party> party(PartnerService partners, String code) {
        return partners == null ? Optional.empty() : partners.get(code).map(p -> new Party(p.name(), p.iban()));
    }
}
