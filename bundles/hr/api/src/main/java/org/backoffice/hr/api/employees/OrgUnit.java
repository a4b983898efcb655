package org.backoffice.hr.api.employees;

import java.util.List;

/** A node of the org chart: a department, its head, headcounts (planned from positions, actual today), children. */
public record OrgUnit(String code, String name, String head, String headName, int plannedHeadcount,
        int actualHeadcount, List<OrgUnit> children) {
}
