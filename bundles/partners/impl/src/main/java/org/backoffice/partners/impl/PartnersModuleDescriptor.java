package org.backoffice.partners.impl;

import org.backoffice.partners.api.PartnerService;
import org.backoffice.partners.api.PartnersModule;
import org.backoffice.platform.api.BackOfficeModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the module while its service is usable: registered only once PartnerService is. */
@Component(service = BackOfficeModule.class)
public final class PartnersModuleDescriptor implements BackOfficeModule {

    private final String version;

    /** The PartnerService reference is only a dependency: the module is listed while its service is usable. */
    @Activate
    public PartnersModuleDescriptor(BundleContext context, @Reference PartnerService partners) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return PartnersModule.ID;
    }

    @Override
    public String name() {
        return "Partners directory";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String restBasePath() {
        return "/api/partners";
    }
}
