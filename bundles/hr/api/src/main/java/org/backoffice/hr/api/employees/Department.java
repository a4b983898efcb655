package org.backoffice.hr.api.employees;

/**
 * A department in the tree.
 *
 * @param parent  parent department code, {@code null} for a root
 * @param head    the head's employee number
 * @param version optimistic lock; required on update
 */
public record Department(String code, String name, String parent, String head, Long version) {
}
