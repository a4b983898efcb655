package org.backoffice.logistics.api.catalog;

/**
 * Filters for listing units; {@code null} fields are not applied.
 *
 * @param text   part of the code, the name or the UN/ECE code, any case
 * @param active only active (true) or only inactive (false) units
 */
public record UnitQuery(String text, Boolean active) {

    public static final UnitQuery ALL = new UnitQuery(null, null);
}
