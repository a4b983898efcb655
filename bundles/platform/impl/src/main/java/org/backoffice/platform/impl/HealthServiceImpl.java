package org.backoffice.platform.impl;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.backoffice.platform.api.Health;
import org.backoffice.platform.api.HealthService;
import org.backoffice.platform.api.ModuleInfo;
import org.backoffice.platform.api.ModuleRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Health: UP when the shared DataSource answers. The DataSource reference is optional so health can still report
 * DOWN when the pool could not even be created (bad configuration, missing driver).
 */
@Component(service = HealthService.class)
public final class HealthServiceImpl implements HealthService {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final ModuleRegistry modules;

    @Reference(target = PlatformDataSource.TARGET, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    @Activate
    public HealthServiceImpl(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @Override
    public Health check() {
        Health.DatabaseHealth database = database();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        return new Health(database.status(), database,
                modules.modules().stream().map(ModuleInfo::id).toList(), uptime);
    }

    private Health.DatabaseHealth database() {
        DataSource current = dataSource;
        if (current == null) {
            return new Health.DatabaseHealth(Health.DOWN, null, "no DataSource 'backoffice' is registered");
        }
        try (Connection connection = current.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return new Health.DatabaseHealth(Health.DOWN, null, "connection did not validate");
            }
            return new Health.DatabaseHealth(Health.UP, connection.getMetaData().getDatabaseProductName(), null);
        } catch (SQLException e) {
            return new Health.DatabaseHealth(Health.DOWN, null, e.getMessage());
        }
    }
}
