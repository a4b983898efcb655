package org.backoffice.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.backoffice.platform.api.backup.Backup;
import org.backoffice.platform.api.backup.BackupService;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Online backups of the embedded Derby database into {@code <folder>/<id>/}, with a manifest (time, versions, row
 * count per table read from the copy, SHA-256 per file). A backup is {@code CREATED} until {@link #verify} proves it:
 * the files still match their hashes, the copy boots as a separate database, every table passes
 * {@code SYSCS_CHECK_TABLE} and has the manifest's row count. One backup or verification at a time.
 */
@Component(service = BackupService.class, configurationPid = "org.backoffice.backup")
@Designate(ocd = BackupConfig.class)
public final class DerbyBackupService implements BackupService {

    private static final Logger LOG = Logger.getLogger(DerbyBackupService.class.getName());
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("'backup-'yyyyMMdd-HHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final BundleContext context;
    private final BackupFolder folder;
    private final int keepDaily;
    private final int keepWeekly;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock busy = new ReentrantLock();

    @Activate
    public DerbyBackupService(@Reference(target = "(osgi.jndi.service.name=backoffice)") DataSource dataSource,
            BundleContext context, BackupConfig config) {
        this.dataSource = dataSource;
        this.context = context;
        this.folder = new BackupFolder(folderOf(config));
        this.keepDaily = config.keepDaily();
        this.keepWeekly = config.keepWeekly();
    }

    static Path folderOf(BackupConfig config) {
        return config.folder().isBlank() ? Path.of(System.getProperty("karaf.data", "data"), "backups")
                : Path.of(config.folder());
    }

    Path folder() {
        return folder.root();
    }

    @Override
    public Backup create() {
        busy.lock();
        try {
            Instant started = clock.instant();
            String id = ID.format(started);
            Path target = folder.root().resolve(id);
            Files.createDirectories(target);
            String database;
            try (Connection connection = dataSource.getConnection()) {
                database = DerbyCopy.databaseName(connection);
            }
            DerbyCopy.backup(dataSource, target);
            long backedUp = clock.millis() - started.toEpochMilli();
            Map<String, String> files = BackupFolder.hashes(target);
            Path scratch = folder.scratch(id);
            DerbyCopy.Inspection inspection;
            try {
                inspection = DerbyCopy.inspect(target.resolve(database), scratch, false);
            } finally {
                BackupFolder.deleteTree(scratch);
            }
            Backup backup = new Backup(id, started, BackupFolder.size(target), Backup.CREATED, null, null,
                    versions(), inspection.rows(), files, backedUp, 0);
            folder.write(backup);
            LOG.info(() -> "backup " + id + " written in " + backedUp + " ms: " + inspection.rows().size()
                    + " tables, " + backup.sizeBytes() + " bytes");
            return backup;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        } finally {
            busy.unlock();
        }
    }

    @Override
    public List<Backup> list() {
        try {
            return folder.list();
        } catch (IOException e) {
            throw new IllegalStateException("The backups cannot be listed: " + e.getMessage(), e);
        }
    }

    @Override
    public Backup get(String id) {
        try {
            return folder.read(id).orElseThrow(() -> new NotFoundProblem("Backup", id));
        } catch (IOException e) {
            throw new IllegalStateException("The manifest of " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Backup verify(String id) {
        busy.lock();
        try {
            Backup backup = get(id);
            long started = clock.millis();
            List<String> problems = new ArrayList<>();
            Path target = folder.of(id);
            Map<String, String> files = BackupFolder.hashes(target);
            for (Map.Entry<String, String> expected : backup.files().entrySet()) {
                String actual = files.get(expected.getKey());
                if (actual == null) {
                    problems.add(expected.getKey() + " is missing");
                } else if (!actual.equals(expected.getValue())) {
                    problems.add(expected.getKey() + " does not match its SHA-256");
                }
            }
            files.keySet().stream().filter(name -> !backup.files().containsKey(name))
                    .forEach(name -> problems.add(name + " is not in the manifest"));
            if (problems.isEmpty()) {
                problems.addAll(bootAndCompare(backup, target));
            }
            boolean good = problems.isEmpty();
            Backup verified = new Backup(backup.id(), backup.createdAt(), backup.sizeBytes(),
                    good ? Backup.VERIFIED : Backup.FAILED, clock.instant(),
                    good ? "the copy booted; " + backup.tables().size() + " tables checked, row counts match"
                            : String.join("; ", problems.subList(0, Math.min(problems.size(), 20))),
                    backup.versions(), backup.tables(), backup.files(), backup.durationMillis(),
                    clock.millis() - started);
            folder.write(verified);
            return verified;
        } catch (IOException e) {
            throw new IllegalStateException("The backup " + id + " cannot be verified: " + e.getMessage(), e);
        } finally {
            busy.unlock();
        }
    }

    private List<String> bootAndCompare(Backup backup, Path target) throws IOException {
        List<String> problems = new ArrayList<>();
        Path copy;
        try (var folders = Files.list(target)) {
            copy = folders.filter(Files::isDirectory).findFirst().orElse(null);
        }
        if (copy == null) {
            return List.of("the backup holds no database");
        }
        Path scratch = folder.scratch(backup.id());
        try {
            DerbyCopy.Inspection inspection = DerbyCopy.inspect(copy, scratch, true);
            inspection.damaged().forEach(table -> problems.add(table + " fails SYSCS_CHECK_TABLE"));
            for (Map.Entry<String, Long> table : backup.tables().entrySet()) {
                Long rows = inspection.rows().get(table.getKey());
                if (!table.getValue().equals(rows)) {
                    problems.add(table.getKey() + " has " + rows + " rows, the manifest says " + table.getValue());
                }
            }
        } catch (SQLException e) {
            problems.add("the copy does not boot: " + e.getMessage());
        } finally {
            BackupFolder.deleteTree(scratch);
        }
        return problems;
    }

    @Override
    public void delete(String id) {
        Backup backup = get(id);
        Backup newestVerified = list().stream().filter(b -> Backup.VERIFIED.equals(b.status())).findFirst()
                .orElse(null);
        if (newestVerified != null && newestVerified.id().equals(backup.id())) {
            throw new ConflictProblem("Backup '" + id + "' is the last verified backup; verify a newer one first");
        }
        remove(id);
    }

    private void remove(String id) {
        try {
            BackupFolder.deleteTree(folder.of(id));
        } catch (IOException e) {
            throw new IllegalStateException("The backup " + id + " cannot be deleted: " + e.getMessage(), e);
        }
    }

    @Override
    public void download(String id, OutputStream out) throws IOException {
        get(id);
        BackupFolder.zip(folder.of(id), out);
    }

    @Override
    public List<String> applyRetention() {
        List<String> deleted = Retention.toDelete(list(), keepDaily, keepWeekly);
        for (String id : deleted) {
            remove(id);
        }
        if (!deleted.isEmpty()) {
            LOG.log(Level.INFO, "retention deleted {0}", deleted);
        }
        return deleted;
    }

    private Map<String, String> versions() {
        Map<String, String> versions = new TreeMap<>();
        versions.put("java", System.getProperty("java.version"));
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && (name.startsWith("org.backoffice.") || name.startsWith("org.apache.derby"))) {
                versions.put(name, bundle.getVersion().toString());
            }
        }
        return versions;
    }
}
