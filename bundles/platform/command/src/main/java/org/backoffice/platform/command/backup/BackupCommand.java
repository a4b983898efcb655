package org.backoffice.platform.command.backup;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.backup.Backup;
import org.backoffice.platform.api.backup.BackupService;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "backoffice", name = "backup", description = "Backs the database up now, while the server serves")
@Service
public class BackupCommand implements Action {

    @Reference(optional = true)
    BackupService backups;

    @Option(name = "--verify", description = "Verify the copy right away")
    boolean verify;

    @Override
    public Object execute() throws Exception {
        AdminFeature.require(backups);
        Backup backup = ShellProblems.report(() -> backups.create());
        if (verify) {
            String id = backup.id();
            backup = ShellProblems.report(() -> backups.verify(id));
        }
        BackupsCommand.details(backup).print();
        return null;
    }
}
