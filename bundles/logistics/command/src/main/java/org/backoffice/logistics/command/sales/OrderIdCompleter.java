package org.backoffice.logistics.command.sales;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.backoffice.logistics.api.sales.SalesOrderQuery;
import org.backoffice.logistics.api.sales.SalesOrderService;
import org.backoffice.platform.api.PageRequest;

/** Completes the ids of the newest sales orders. */
@Service
public class OrderIdCompleter implements Completer {

    @Reference
    SalesOrderService orders;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        orders.find(SalesOrderQuery.all(), PageRequest.first(PageRequest.MAX_LIMIT)).items()
                .forEach(order -> ids.getStrings().add(Long.toString(order.id())));
        return ids.complete(session, commandLine, candidates);
    }
}
