package org.backoffice.finance.console;

import java.util.List;
import java.util.Set;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.platform.api.console.ConsoleContribution;
import org.backoffice.platform.api.console.ConsolePage;
import org.osgi.service.component.annotations.Component;

/** Finance in the web console: the invoices list and the trial balance with its CSV, for managers and viewers. */
@Component(service = ConsoleContribution.class)
public final class FinanceConsole implements ConsoleContribution {

    private static final Set<String> READERS = Set.of(FinanceModule.MANAGER, FinanceModule.VIEWER);
    private static final List<ConsolePage> PAGES = List.of(
            new ConsolePage("finance-invoices", "finance.js", "bo-finance-invoices", READERS),
            new ConsolePage("finance-trial-balance", "finance.js", "bo-finance-trial-balance", READERS));

    @Override
    public String module() {
        return FinanceModule.ID;
    }

    @Override
    public List<ConsolePage> pages() {
        return PAGES;
    }
}
