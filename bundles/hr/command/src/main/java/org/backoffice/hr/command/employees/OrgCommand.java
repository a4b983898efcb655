package org.backoffice.hr.command.employees;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.employees.OrgUnit;
import org.backoffice.hr.api.employees.OrganisationService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "hr", name = "org", description = "Prints the org chart: departments, heads, headcounts actual/planned")
@Service
public class OrgCommand implements Action {

    @Reference
    OrganisationService organisation;

    @Override
    public Object execute() throws Exception {
        List<OrgUnit> roots = ShellProblems.report(() -> organisation.orgChart());
        for (OrgUnit unit : roots) {
            print(unit, 0);
        }
        return null;
    }

    private static void print(OrgUnit unit, int depth) {
        System.out.println("  ".repeat(depth) + unit.code() + "  " + unit.name()
                + (unit.head() == null ? "" : "  head " + unit.head() + " " + unit.headName())
                + "  " + unit.actualHeadcount() + "/" + unit.plannedHeadcount());
        for (OrgUnit child : unit.children()) {
            print(child, depth + 1);
        }
    }
}
