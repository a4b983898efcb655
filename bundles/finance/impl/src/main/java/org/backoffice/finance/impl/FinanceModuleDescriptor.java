package org.backoffice.finance.impl;

import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.platform.api.BackOfficeModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the finance module while its ledger is usable. */
@Component(service = BackOfficeModule.class)
public final class FinanceModuleDescriptor implements BackOfficeModule {

    private final String version;

    /** The LedgerService reference is only a dependency: the module is listed while the ledger is usable. */
    @Activate
    public FinanceModuleDescriptor(BundleContext context, @Reference LedgerService ledger) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return FinanceModule.ID;
    }

    @Override
    public String name() {
        return "Finance: general ledger";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String restBasePath() {
        return "/api/finance";
    }
}
