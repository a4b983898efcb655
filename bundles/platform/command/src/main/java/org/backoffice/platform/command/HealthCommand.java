package org.backoffice.platform.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.Health;
import org.backoffice.platform.api.HealthService;

@Command(scope = "backoffice", name = "health", description = "Shows the server health: database and modules")
@Service
public class HealthCommand implements Action {

    @Reference
    HealthService health;

    @Override
    public Object execute() {
        Health report = health.check();
        System.out.println("Status:   " + report.status());
        Health.DatabaseHealth database = report.database();
        System.out.println("Database: " + database.status()
                + (database.product() != null ? " (" + database.product() + ")" : "")
                + (database.error() != null ? " - " + database.error() : ""));
        System.out.println("Modules:  " + String.join(", ", report.modules()));
        System.out.println("Uptime:   " + report.uptimeSeconds() + " s");
        return null;
    }
}
