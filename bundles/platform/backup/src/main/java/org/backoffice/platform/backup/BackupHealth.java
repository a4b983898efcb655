package org.backoffice.platform.backup;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.backoffice.platform.api.backup.Backup;
import org.backoffice.platform.api.backup.BackupService;
import org.backoffice.platform.api.health.CheckResult;
import org.backoffice.platform.api.health.HealthCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code backups}: the age of the last verified backup and the free space of the data and backup folders. */
@Component(service = HealthCheck.class, configurationPid = "org.backoffice.backup")
public final class BackupHealth implements HealthCheck {

    static final long LOW_BYTES = 1L << 30;
    static final long CRITICAL_BYTES = 100L << 20;

    private final BackupService backups;
    private final Path folder;
    private final Duration maxAge;

    @Activate
    public BackupHealth(@Reference BackupService backups, BackupConfig config) {
        this.backups = backups;
        this.folder = DerbyBackupService.folderOf(config);
        this.maxAge = Duration.ofHours(config.maxAgeHours());
    }

    @Override
    public String name() {
        return "backups";
    }

    @Override
    public CheckResult check() {
        long free = Math.min(usable(folder), usable(Path.of(System.getProperty("karaf.data", "data"))));
        String space = (free >> 20) + " MB free";
        if (free < CRITICAL_BYTES) {
            return CheckResult.down(name(), "disk almost full: " + space);
        }
        Backup last = backups.list().stream().filter(b -> Backup.VERIFIED.equals(b.status())).findFirst()
                .orElse(null);
        if (last == null) {
            return CheckResult.warn(name(), "no verified backup; " + space);
        }
        Duration age = Duration.between(last.createdAt(), Instant.now());
        if (age.compareTo(maxAge) > 0) {
            return CheckResult.warn(name(), "last verified backup " + last.id() + " is " + age.toHours()
                    + " h old; " + space);
        }
        if (free < LOW_BYTES) {
            return CheckResult.warn(name(), "disk space low: " + space);
        }
        return CheckResult.up(name(), "last verified backup " + last.id() + "; " + space);
    }

    private static long usable(Path path) {
        File file = path.toAbsolutePath().toFile();
        while (file != null && !file.exists()) {
            file = file.getParentFile();
        }
        return file == null ? Long.MAX_VALUE : file.getUsableSpace();
    }
}
