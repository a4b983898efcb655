package org.backoffice.partners.api;

/** What a partner is to the business; a partner may be both. */
public enum PartnerRole {
    CUSTOMER,
    SUPPLIER
}
