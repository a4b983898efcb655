package org.backoffice.it.api;

/** Names other bundles need: module id, roles, event topics, audit entity names. */
public final class ItModule {

    public static final String ID = "it";
    /** Configuration (categories, groups, SLA policies) and everything else. */
    public static final String MANAGER = "it-manager";
    /** Works the tickets of their groups and manages assets. */
    public static final String AGENT = "it-agent";
    /** Reads everything, changes nothing. */
    public static final String VIEWER = "it-viewer";

    private static final String TOPIC = "org/backoffice/it/";
    public static final String TOPIC_TICKET_OPENED = TOPIC + "TICKET_OPENED";
    public static final String TOPIC_TICKET_UPDATED = TOPIC + "TICKET_UPDATED";
    public static final String TOPIC_SLA_WARNING = TOPIC + "SLA_WARNING";
    public static final String TOPIC_SLA_BREACHED = TOPIC + "SLA_BREACHED";
    public static final String TOPIC_ASSET_CHANGED = TOPIC + "ASSET_CHANGED";
    public static final String TOPIC_SEAT_ASSIGNED = TOPIC + "SEAT_ASSIGNED";
    public static final String TOPIC_WARRANTY_EXPIRING = TOPIC + "WARRANTY_EXPIRING";
    public static final String TOPIC_LICENCE_EXPIRING = TOPIC + "LICENCE_EXPIRING";

    /** Entity names in audit records. */
    public static final String ENTITY_TICKET = "Ticket";
    public static final String ENTITY_CATEGORY = "Category";
    public static final String ENTITY_GROUP = "SupportGroup";
    public static final String ENTITY_POLICY = "SlaPolicy";
    public static final String ENTITY_ASSET = "Asset";
    public static final String ENTITY_LICENCE = "Licence";

    /** The prefix of ticket numbers: IT-2026-000001. */
    public static final String TICKET_PREFIX = "IT";

    private ItModule() {
    }
}
