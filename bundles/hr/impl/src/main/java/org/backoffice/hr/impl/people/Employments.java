package org.backoffice.hr.impl.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read access to employees for the other HR subdomains, registered as a DS service inside the impl bundle. Every
 * method reads in its own short transaction; effective-dated values are those in force on {@code asOf}.
 */
public interface Employments {

    /** By employee number; empty when there is none. */
    Optional<Employment> of(String number, LocalDate asOf);

    /** By internal id; empty when there is none. */
    Optional<Employment> of(long employeeId, LocalDate asOf);

    /** Everyone employed on at least one day from {@code from} to {@code to}, with values as of {@code to}. */
    List<Employment> employedBetween(LocalDate from, LocalDate to);

    /** The employee linked to a JAAS user name, if any. */
    Optional<Employment> employeeOfUser(String user);

    /** Whether {@code managerId} is {@code employeeId}'s manager on {@code asOf}, directly or higher up the line. */
    boolean manages(long managerId, long employeeId, LocalDate asOf);

    /** Employees in a department on {@code asOf}, sub-departments included when {@code withChildren}. */
    List<Employment> inDepartment(long departmentId, boolean withChildren, LocalDate asOf);

    /** The ids of every department at or below {@code departmentId}. */
    List<Long> departmentTree(long departmentId);

    /** The department id for a department code; empty when there is none. */
    Optional<Long> departmentId(String code);

    /** The position id for a position code; empty when there is none. */
    Optional<Long> positionId(String code);
}
