package org.backoffice.platform.backup;

import java.util.List;

import org.backoffice.platform.api.backup.Backup;
import org.backoffice.platform.api.backup.BackupService;
import org.backoffice.platform.api.jobs.ScheduledJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The scheduled backup: back up, verify, then apply the retention (which never deletes the last verified one). */
@Component(service = ScheduledJob.class, configurationPid = "org.backoffice.backup",
        property = ScheduledJob.ID_PROPERTY + "=" + ScheduledBackup.ID)
public final class ScheduledBackup implements ScheduledJob {

    static final String ID = "platform.backup";

    private final BackupService backups;
    private final String schedule;

    @Activate
    public ScheduledBackup(@Reference BackupService backups, BackupConfig config) {
        this.backups = backups;
        this.schedule = config.schedule();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String schedule() {
        return schedule;
    }

    @Override
    public String description() {
        return "Backs the database up, verifies the copy and applies the retention";
    }

    @Override
    public String run() {
        Backup created = backups.create();
        Backup verified = backups.verify(created.id());
        if (!Backup.VERIFIED.equals(verified.status())) {
            throw new IllegalStateException("backup " + created.id() + " failed verification: "
                    + verified.verifyMessage());
        }
        List<String> deleted = backups.applyRetention();
        return created.id() + " verified; " + deleted.size() + " old backups deleted";
    }
}
