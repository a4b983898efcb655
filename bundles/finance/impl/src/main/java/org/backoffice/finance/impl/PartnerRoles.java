package org.backoffice.finance.impl;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The partner checks that need the partners module. Only the nested {@link Directory} names partners types, and it
 * is loaded only when a {@code PartnerService} is bound, so the finance bundle works (and resolves, the import being
 * optional) without the partners module. Callers hold the service as a {@link ServiceReference}.
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
    public static OptionalInt require(BundleContext context, ServiceReference<?> partners, Role role, String field,
            String code) {
        return withService(context, partners, OptionalInt.empty(),
                service -> Directory.requireRole(service, role, field, code));
    }

    /** What finance reads of a partner besides its roles: its name and bank account (IBAN, may be absent). */
    public record Party(String name, String iban) {
    }

    /** The partner, if the partners module is installed and knows the code. */
    public static Optional<Party> party(BundleContext context, ServiceReference<?> partners, String code) {
        return withService(context, partners, Optional.empty(), service -> Directory.party(service, code));
    }

    private static <T> T withService(BundleContext context, ServiceReference<?> reference, T without,
            Function<Object, T> work) {
        if (reference == null) {
            return without;
        }
        Object service = context.getService(reference);
        if (service == null) {
            return without;
        }
        try {
            return work.apply(service);
        } finally {
            context.ungetService(reference);
        }
    }

    /** The partners-typed half, a class of its own so that it is loaded only with a bound service. */
    private static final class Directory {

        private Directory() {
        }

        static Optional<Party> party(Object service, String code) {
            return ((PartnerService) service).get(code).map(p -> new Party(p.name(), p.iban()));
        }

        static OptionalInt requireRole(Object service, Role role, String field, String code) {
            Partner partner = ((PartnerService) service).get(code)
                    .orElseThrow(() -> ValidationFailedException.of(field, "does not exist"));
            if (!partner.hasRole(PartnerRole.valueOf(role.name()))) {
                throw ValidationFailedException.of(field, "is not " + role.noun);
            }
            if (Boolean.FALSE.equals(partner.active())) {
                throw ValidationFailedException.of(field, "is inactive");
            }
            return partner.paymentTermsDays() == null ? OptionalInt.empty()
                    : OptionalInt.of(partner.paymentTermsDays());
        }
    }
}
