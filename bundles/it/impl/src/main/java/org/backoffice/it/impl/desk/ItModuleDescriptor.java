package org.backoffice.it.impl.desk;

import java.util.List;

import org.backoffice.it.api.ItModule;
import org.backoffice.it.api.TicketService;
import org.backoffice.platform.api.BackOfficeModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the IT module while its ticket service is usable. */
@Component(service = BackOfficeModule.class)
public final class ItModuleDescriptor implements BackOfficeModule {

    private final String version;

    @Activate
    public ItModuleDescriptor(BundleContext context, @Reference TicketService tickets) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ItModule.ID;
    }

    @Override
    public String name() {
        return "IT service desk";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String restBasePath() {
        return "/api/it";
    }

    @Override
    public List<String> roles() {
        return List.of(ItModule.MANAGER, ItModule.AGENT, ItModule.VIEWER);
    }
}
