package org.backoffice.partners.api;

/** Names other bundles need: module id, roles, event topics. */
public final class PartnersModule {

    public static final String ID = "partners";
    public static final String MANAGER = "partners-manager";
    public static final String VIEWER = "partners-viewer";

    public static final String TOPIC_CREATED = "org/backoffice/partners/PARTNER_CREATED";
    public static final String TOPIC_UPDATED = "org/backoffice/partners/PARTNER_UPDATED";

    /** The entity name used in audit records. */
    public static final String ENTITY = "Partner";

    private PartnersModule() {
    }
}
