package org.backoffice.partners.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "partners", name = "deactivate", description = "Deactivates a partner (it stays for history)")
@Service
public class DeactivateCommand implements Action {

    @Reference
    PartnerService partners;

    @Argument(index = 0, name = "code", description = "The partner's code", required = true)
    @Completion(PartnerCodeCompleter.class)
    String code;

    @Override
    public Object execute() throws Exception {
        ShellProblems.run(() -> partners.deactivate(code));
        System.out.println("Partner " + code + " deactivated");
        return null;
    }
}
