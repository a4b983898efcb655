package org.backoffice.logistics.command.warehouse;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.logistics.api.warehouse.Warehouse;
import org.backoffice.logistics.api.warehouse.WarehouseService;
import org.backoffice.platform.api.PageRequest;

/** Completes warehouse codes. */
@Service
public class WarehouseCompleter implements Completer {

    @Reference
    WarehouseService warehouses;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        warehouses.find(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(Warehouse::code)
                .forEach(code -> codes.getStrings().add(code));
        return codes.complete(session, commandLine, candidates);
    }
}
