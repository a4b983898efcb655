package org.backoffice.logistics.api.warehouse;

/**
 * A place inside one warehouse where stock is kept; locations form a tree under the warehouse's root location.
 *
 * @param warehouse the warehouse's code (from the path when creating)
 * @param code      unique within the warehouse, 1-40 letters, digits, '-', '_' or '.'
 * @param parent    the parent location's code; {@code null} on create means the root location
 * @param active    inactive locations take no stock moves; {@code null} means true on create
 */
public record Location(String warehouse, String code, String name, String parent, Boolean active) {
}
