package org.backoffice.it.command.assets;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.it.api.assets.AssetQuery;
import org.backoffice.it.api.assets.AssetService;
import org.backoffice.platform.api.PageRequest;

/** Completes asset tags starting with what was typed. */
@Service
public class AssetTagCompleter implements Completer {

    @Reference
    AssetService assets;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition()).toUpperCase();
        StringsCompleter tags = new StringsCompleter();
        assets.find(new AssetQuery(typed.isEmpty() ? null : typed, null, null, null), PageRequest.first(200))
                .items().stream().map(a -> a.tag()).filter(t -> t.startsWith(typed))
                .forEach(t -> tags.getStrings().add(t));
        return tags.complete(session, commandLine, candidates);
    }
}
