package org.backoffice.platform.admin;

import java.util.List;
import java.util.Set;

import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.console.ConsoleContribution;
import org.backoffice.platform.api.console.ConsolePage;
import org.osgi.service.component.annotations.Component;

/** The administration pages of the web console (role {@code admin}): modules, health and the audit trail. */
@Component(service = ConsoleContribution.class)
public final class AdminConsole implements ConsoleContribution {

    private static final List<ConsolePage> PAGES = List.of(
            new ConsolePage("admin-modules", "admin.js", "bo-admin-modules", Set.of(Roles.ADMIN)),
            new ConsolePage("admin-health", "admin.js", "bo-admin-health", Set.of(Roles.ADMIN)),
            new ConsolePage("admin-audit", "admin.js", "bo-admin-audit", Set.of(Roles.ADMIN)));

    @Override
    public String module() {
        return "admin";
    }

    @Override
    public List<ConsolePage> pages() {
        return PAGES;
    }
}
