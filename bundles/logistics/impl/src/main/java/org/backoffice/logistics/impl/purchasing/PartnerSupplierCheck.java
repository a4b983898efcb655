package org.backoffice.logistics.impl.purchasing;

import java.util.Optional;

import org.backoffice.logistics.impl.PartnerRoles;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Checks supplier codes against the partners directory while the partners module is installed; without it every code
 * is accepted (logistics does not depend on partners). The partners api is imported optionally and only this class
 * touches it, so when the package is missing only this component fails to load and the services that use it through
 * their optional {@link SupplierCheck} reference accept any code.
 */
@Component(service = SupplierCheck.class)
public final class PartnerSupplierCheck implements SupplierCheck {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PartnerService partners;

    @Override
    public Optional<String> refusal(String code) {
        return PartnerRoles.refusal(partners, code, PartnerRole.SUPPLIER);
    }
}
