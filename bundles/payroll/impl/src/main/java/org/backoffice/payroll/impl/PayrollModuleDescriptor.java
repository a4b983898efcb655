package org.backoffice.payroll.impl;


import org.backoffice.payroll.api.PayrollModule;
import org.backoffice.payroll.api.runs.PayrollService;
import org.backoffice.platform.api.BackOfficeModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the payroll module while its run service is usable. */
@Component(service = BackOfficeModule.class)
public final class PayrollModuleDescriptor implements BackOfficeModule {

    private final String version;

    @Activate
    public PayrollModuleDescriptor(BundleContext context, @Reference PayrollService payroll) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return PayrollModule.ID;
    }

    @Override
    public String name() {
        return "Payroll";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String restBasePath() {
        return "/api/payroll";
    }
}
