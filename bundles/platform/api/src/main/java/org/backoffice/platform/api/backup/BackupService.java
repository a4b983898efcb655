package org.backoffice.platform.api.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Online backups of the embedded database, proven by booting the copy. */
@ProviderType
public interface BackupService {

    /** Backs the database up while it serves and writes the manifest. */
    Backup create();

    /** Newest first. */
    List<Backup> list();

    /** @throws org.backoffice.platform.api.error.NotFoundProblem */
    Backup get(String id);

    /** Checks the files against the manifest, boots the copy, checks every table and compares row counts. */
    Backup verify(String id);

    /** @throws org.backoffice.platform.api.error.ConflictProblem when it is the last verified backup */
    void delete(String id);

    /** Writes the backup as a zip (manifest and database files), streamed. */
    void download(String id, OutputStream out) throws IOException;

    /** Deletes what the retention rules (N daily, M weekly) no longer keep; answers the ids deleted. */
    List<String> applyRetention();
}
