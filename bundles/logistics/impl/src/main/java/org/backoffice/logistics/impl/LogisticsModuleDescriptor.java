package org.backoffice.logistics.impl;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.stock.StockService;
import org.backoffice.platform.api.BackOfficeModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announces the logistics module while its stock service is usable. */
@Component(service = BackOfficeModule.class)
public final class LogisticsModuleDescriptor implements BackOfficeModule {

    private final String version;

    /** The StockService reference is only a dependency: the module is listed while stock is usable. */
    @Activate
    public LogisticsModuleDescriptor(BundleContext context, @Reference StockService stock) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return LogisticsModule.ID;
    }

    @Override
    public String name() {
        return "Logistics: products, warehouses, stock";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String restBasePath() {
        return "/api/logistics";
    }
}
