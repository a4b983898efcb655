package org.backoffice.partners.api;

/**
 * Filters for {@link PartnerService#find}; {@code null} fields do not filter.
 *
 * @param text part of the code, name or e-mail, case-insensitive
 */
public record PartnerQuery(PartnerRole role, Boolean active, String text) {

    public static PartnerQuery all() {
        return new PartnerQuery(null, null, null);
    }
}
