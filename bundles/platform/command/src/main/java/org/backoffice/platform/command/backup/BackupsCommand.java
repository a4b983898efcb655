package org.backoffice.platform.command.backup;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.backup.Backup;
import org.backoffice.platform.api.backup.BackupService;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "backups", description = "Lists the backups, newest first, and whether verified")
@Service
public class BackupsCommand implements Action {

    @Reference(optional = true)
    BackupService backups;

    static Details details(Backup backup) {
        return new Details().add("Backup", backup.id()).add("Created (UTC)", backup.createdAt())
                .add("Size (bytes)", backup.sizeBytes()).add("Tables", backup.tables().size())
                .add("Rows", backup.tables().values().stream().mapToLong(Long::longValue).sum())
                .add("Backup took (ms)", backup.durationMillis()).add("Status", backup.status())
                .add("Verified (UTC)", backup.verifiedAt()).add("Verify took (ms)", backup.verifyMillis())
                .add("Result", backup.verifyMessage());
    }

    @Override
    public Object execute() {
        AdminFeature.require(backups);
        Table.of(Backup.class)
                .column("Backup", Backup::id)
                .column("Created (UTC)", Backup::createdAt)
                .right("Size (bytes)", Backup::sizeBytes)
                .column("Status", Backup::status)
                .column("Verified (UTC)", Backup::verifiedAt)
                .column("Result", 60, Backup::verifyMessage)
                .print(backups.list());
        return null;
    }
}
