package org.backoffice.platform.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backoffice.platform.api.backup.Backup;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static Backup backup(String id, String at, String status) {
        return new Backup(id, Instant.parse(at), 1, status, null, null, Map.of(), Map.of(), Map.of(), 0, 0);
    }

    @Test
    void keepsTheNewestOfEachRecentDayAndWeek() {
        List<Backup> backups = List.of(
                backup("mon-early", "2026-11-30T01:00:00Z", Backup.VERIFIED),
                backup("mon-late", "2026-11-30T13:00:00Z", Backup.VERIFIED),
                backup("tue", "2026-12-01T01:00:00Z", Backup.VERIFIED),
                backup("wed", "2026-12-02T01:00:00Z", Backup.VERIFIED),
                backup("last-week", "2026-11-25T01:00:00Z", Backup.VERIFIED),
                backup("two-weeks-ago", "2026-11-18T01:00:00Z", Backup.VERIFIED));
        // 2 days: wed, tue; 2 weeks: wed (this week), last-week
        assertEquals(List.of("two-weeks-ago", "mon-early", "mon-late"), Retention.toDelete(backups, 2, 2));
    }

    @Test
    void neverDeletesTheLastVerifiedBackup() {
        List<Backup> backups = List.of(
                backup("old-verified", "2026-11-01T01:00:00Z", Backup.VERIFIED),
                backup("failed", "2026-12-01T01:00:00Z", Backup.FAILED),
                backup("unverified", "2026-12-02T01:00:00Z", Backup.CREATED));
        assertEquals(List.of("failed"), Retention.toDelete(backups, 1, 1));
    }

    @Test
    void nothingToKeepDeletesAllButTheLastVerified() {
        List<Backup> backups = List.of(
                backup("a", "2026-12-01T01:00:00Z", Backup.VERIFIED),
                backup("b", "2026-12-02T01:00:00Z", Backup.CREATED));
        assertEquals(List.of("b"), Retention.toDelete(backups, 0, 0));
    }
}
