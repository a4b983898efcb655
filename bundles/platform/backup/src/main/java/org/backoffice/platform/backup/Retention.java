package org.backoffice.platform.backup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.backoffice.platform.api.backup.Backup;

/**
 * Which backups the retention keeps: the newest of each of the last {@code daily} days that have a backup, the newest
 * of each of the last {@code weekly} ISO weeks, and always the newest verified one (a backup is only good once proven).
 * Days and weeks are UTC.
 */
final class Retention {

    private Retention() {
    }

    /** The ids to delete, oldest first. */
    static List<String> toDelete(List<Backup> backups, int daily, int weekly) {
        List<Backup> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(Backup::createdAt).reversed());
        Set<String> keep = new HashSet<>();
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<String> weeks = new LinkedHashSet<>();
        for (Backup backup : newestFirst) {
            LocalDate day = backup.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!days.contains(day) && days.size() < daily) {
                days.add(day);
                keep.add(backup.id());
            }
            if (!weeks.contains(week) && weeks.size() < weekly) {
                weeks.add(week);
                keep.add(backup.id());
            }
        }
        newestFirst.stream().filter(b -> Backup.VERIFIED.equals(b.status())).findFirst()
                .ifPresent(b -> keep.add(b.id()));
        List<String> delete = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            if (!keep.contains(newestFirst.get(i).id())) {
                delete.add(newestFirst.get(i).id());
            }
        }
        return delete;
    }
}
