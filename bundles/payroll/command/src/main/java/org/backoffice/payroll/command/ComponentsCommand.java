package org.backoffice.payroll.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.payroll.api.rules.PayRuleService;
import org.backoffice.payroll.api.rules.PayStructure;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "payroll", name = "components", description = "Lists the components of a pay structure, or the structures")
@Service
public class ComponentsCommand implements Action {

    @Reference
    PayRuleService rules;

    @Argument(index = 0, name = "structure", description = "The structure code; without it, every structure")
    String structure;

    @Option(name = "--as-of", description = "The version in force on this day, e.g. 2026-01-31 (default today)")
    String asOf;

    @Override
    public Object execute() throws Exception {
        if (structure == null) {
            List<PayStructure> all = ShellProblems.report(() -> rules.structures());
            all.forEach(s -> System.out.println(s.code() + "  " + s.name() + "  " + s.currency() + "  from "
                    + s.effectiveFrom() + "  (" + s.components().size() + " components)"));
            return null;
        }
        PayStructure found = ShellProblems.report(() -> rules.structure(structure, ShellValues.date("asOf", asOf))
                .orElseThrow(() -> new NotFoundProblem("PayStructure", structure)));
        System.out.println(found.code() + " " + found.name() + ", in force from " + found.effectiveFrom());
        PayrollTables.COMPONENTS.print(found.components());
        return null;
    }
}
