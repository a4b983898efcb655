package org.backoffice.partners.api;

import java.math.BigDecimal;
import java.util.Set;

import org.backoffice.platform.api.Address;

/**
 * A customer and/or supplier, addressed by its unique code.
 *
 * @param roles            at least one of CUSTOMER, SUPPLIER
 * @param currency         default currency, ISO 4217
 * @param paymentTermsDays days until an invoice or bill is due
 * @param creditLimit      in the partner's currency; {@code null} for none
 * @param iban             the partner's bank account for transfers (ISO 13616, mod-97 checked), stored without spaces
 *                         in upper case; {@code null} for none
 * @param bic              the bank's BIC (ISO 9362), optional
 * @param active           inactive partners stay for history but take no new documents; {@code null} means true on create
 * @param version          optimistic lock; required on update, ignored on create
 */
public record Partner(String code, String name, Set<PartnerRole> roles, String taxId, String email, String phone,
        Address billingAddress, Address shippingAddress, String currency, Integer paymentTermsDays,
        BigDecimal creditLimit, String iban, String bic, Boolean active, String notes, Long version) {

    public Partner {
        roles = roles == null ? null : Set.copyOf(roles);
    }

    public boolean hasRole(PartnerRole role) {
        return roles != null && roles.contains(role);
    }
}
