package ${package}.impl;

import ${package}.api.${entity}Service;
import ${package}.api.${moduleClass}Module;
import org.backoffice.platform.api.BackOfficeModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the module in /api/modules and backoffice:modules while its service is usable. */
@Component(service = BackOfficeModule.class)
public final class ${moduleClass}ModuleDescriptor implements BackOfficeModule {

    private final String version;

    /** The service reference is only a dependency: the module is listed while ${entity}Service is registered. */
    @Activate
    public ${moduleClass}ModuleDescriptor(BundleContext context, @Reference ${entity}Service service) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ${moduleClass}Module.ID;
    }

    @Override
    public String name() {
        return "${moduleName}";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String restBasePath() {
        return "/api/${moduleId}";
    }
}
