package org.backoffice.partners.console;

import java.util.List;
import java.util.Set;

import org.backoffice.partners.api.PartnersModule;
import org.backoffice.platform.api.console.ConsoleContribution;
import org.backoffice.platform.api.console.ConsolePage;
import org.osgi.service.component.annotations.Component;

/** The partners directory in the web console: search, list, detail, create and edit, for managers and viewers. */
@Component(service = ConsoleContribution.class)
public final class PartnersConsole implements ConsoleContribution {

    private static final List<ConsolePage> PAGES = List.of(new ConsolePage("partners", "partners.js", "bo-partners",
            Set.of(PartnersModule.MANAGER, PartnersModule.VIEWER)));

    @Override
    public String module() {
        return PartnersModule.ID;
    }

    @Override
    public List<ConsolePage> pages() {
        return PAGES;
    }
}
