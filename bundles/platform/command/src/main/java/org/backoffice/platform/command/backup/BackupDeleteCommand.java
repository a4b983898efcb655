package org.backoffice.platform.command.backup;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.backup.BackupService;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "backoffice", name = "backup-delete",
        description = "Deletes a backup (never the last verified one)")
@Service
public class BackupDeleteCommand implements Action {

    @Reference(optional = true)
    BackupService backups;

    @Argument(index = 0, name = "id", required = true)
    String id;

    @Override
    public Object execute() throws Exception {
        AdminFeature.require(backups);
        ShellProblems.run(() -> backups.delete(id));
        System.out.println("backup " + id + " deleted");
        return null;
    }
}
