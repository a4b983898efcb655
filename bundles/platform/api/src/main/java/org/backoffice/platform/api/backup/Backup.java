package org.backoffice.platform.api.backup;

import java.time.Instant;
import java.util.Map;

/**
 * A backup and its manifest.
 *
 * @param status   {@link #CREATED} (not yet proven), {@link #VERIFIED} or {@link #FAILED}
 * @param versions Backoffice and module versions at the time
 * @param tables   row count per table
 * @param files    SHA-256 per file, by path inside the backup
 */
public record Backup(String id, Instant createdAt, long sizeBytes, String status, Instant verifiedAt,
        String verifyMessage, Map<String, String> versions, Map<String, Long> tables, Map<String, String> files,
        long durationMillis, long verifyMillis) {

    public static final String CREATED = "CREATED";
    public static final String VERIFIED = "VERIFIED";
    public static final String FAILED = "FAILED";
}
