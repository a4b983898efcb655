package org.backoffice.hr.impl.employees;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.employees.EmployeeService;
import org.backoffice.platform.api.BackOfficeModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the HR module while its employee service is usable. */
@Component(service = BackOfficeModule.class)
public final class HrModuleDescriptor implements BackOfficeModule {

    private final String version;

    /** The EmployeeService reference is only a dependency: the module is listed while it can serve. */
    @Activate
    public HrModuleDescriptor(BundleContext context, @Reference EmployeeService employees) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return HrModule.ID;
    }

    @Override
    public String name() {
        return "Human resources";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String restBasePath() {
        return "/api/hr";
    }
}
