package org.backoffice.it.command.assets;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.assets.AssetService;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "it", name = "checkin", description = "Checks an asset back in, optionally to a location")
@Service
public class CheckinCommand implements Action {

    @Reference
    AssetService assets;

    @Argument(index = 0, name = "tag", required = true, description = "The asset tag")
    @Completion(AssetTagCompleter.class)
    String tag;

    @Argument(index = 1, name = "location", description = "Where it is stored now")
    String location;

    @Override
    public Object execute() throws Exception {
        var a = ShellProblems.report(() -> assets.checkIn(tag, location));
        System.out.println(a.tag() + " " + a.status() + (a.location() == null ? "" : " at " + a.location()));
        return null;
    }
}
