package ${package}.api;

/** Names other bundles need: module id, roles, event topics, the entity name in audit records. */
public final class ${moduleClass}Module {

    public static final String ID = "${moduleId}";
    public static final String MANAGER = "${moduleId}-manager";
    public static final String VIEWER = "${moduleId}-viewer";

    public static final String TOPIC_CREATED = "${packageInPathFormat}/${entity.toUpperCase()}_CREATED";
    public static final String TOPIC_UPDATED = "${packageInPathFormat}/${entity.toUpperCase()}_UPDATED";
    public static final String TOPIC_DELETED = "${packageInPathFormat}/${entity.toUpperCase()}_DELETED";

    public static final String ENTITY = "${entity}";

    private ${moduleClass}Module() {
    }
}
