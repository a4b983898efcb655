package org.backoffice.hr.api.employees;

/**
 * A job title with its planned headcount in a department.
 *
 * @param department department code
 */
public record Position(String code, String title, String department, Integer plannedHeadcount, Long version) {
}
