package org.backoffice.platform.impl;

import java.util.List;

import org.backoffice.platform.api.BackOfficeModule;
import org.backoffice.platform.api.Roles;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The platform lists itself, so /api/modules also tells the platform version and the admin role. */
@Component(service = BackOfficeModule.class)
public final class PlatformModule implements BackOfficeModule {

    private final String version;

    @Activate
    public PlatformModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "platform";
    }

    @Override
    public String name() {
        return "Backoffice platform";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String restBasePath() {
        return "/api";
    }

    @Override
    public String shellScope() {
        return "backoffice";
    }

    @Override
    public List<String> roles() {
        return List.of(Roles.ADMIN);
    }
}
