package org.backoffice.hr.api.employees;

/** ACTIVE and ON_LEAVE are set by HR; TERMINATED only by {@link EmployeeService#terminate}. */
public enum EmployeeStatus {
    ACTIVE, ON_LEAVE, TERMINATED
}
