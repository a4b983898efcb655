package org.backoffice.hr.api.employees;

import java.util.List;
import java.util.Optional;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Departments (a tree without cycles), positions and the org chart. Writes need hr-manager. */
@ProviderType
public interface OrganisationService {

    Department createDepartment(Department department);

    /** Renames, moves (never under itself or a descendant: 422) or changes the head, with the version read. */
    Department updateDepartment(String code, Department department);

    Optional<Department> department(String code);

    Page<Department> departments(String text, PageRequest page);

    Position createPosition(Position position);

    Position updatePosition(String code, Position position);

    Optional<Position> position(String code);

    Page<Position> positions(String department, PageRequest page);

    /** The department tree with heads and headcounts (planned, actual today). */
    List<OrgUnit> orgChart();
}
