package org.backoffice.it.command.assets;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.assets.AssetService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "it", name = "checkout", description = "Checks an asset out to a person (an employee with HR)")
@Service
public class CheckoutCommand implements Action {

    @Reference
    AssetService assets;

    @Argument(index = 0, name = "tag", required = true, description = "The asset tag")
    @Completion(AssetTagCompleter.class)
    String tag;

    @Argument(index = 1, name = "holder", required = true, description = "Employee number or user name")
    String holder;

    @Override
    public Object execute() throws Exception {
        var a = ShellProblems.report(() -> assets.checkOut(tag, holder));
        System.out.println(a.tag() + " " + a.status() + " to " + a.holder());
        return null;
    }
}
