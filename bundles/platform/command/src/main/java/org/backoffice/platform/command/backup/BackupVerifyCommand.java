package org.backoffice.platform.command.backup;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.backup.Backup;
import org.backoffice.platform.api.backup.BackupService;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "backoffice", name = "backup-verify",
        description = "Proves a backup: file hashes, boots the copy, checks every table, compares row counts")
@Service
public class BackupVerifyCommand implements Action {

    @Reference(optional = true)
    BackupService backups;

    @Argument(index = 0, name = "id", required = true)
    String id;

    @Override
    public Object execute() throws Exception {
        AdminFeature.require(backups);
        Backup backup = ShellProblems.report(() -> backups.verify(id));
        BackupsCommand.details(backup).print();
        return null;
    }
}
