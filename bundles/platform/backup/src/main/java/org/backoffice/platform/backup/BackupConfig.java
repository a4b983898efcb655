package org.backoffice.platform.backup;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.backoffice.backup.cfg}. */
@ObjectClassDefinition(name = "Backoffice backups")
public @interface BackupConfig {

    @AttributeDefinition(description = "Absolute folder of the backups; empty: ${karaf.data}/backups")
    String folder() default "";

    @AttributeDefinition(description = "When the scheduled backup runs (Quartz cron, seconds first); empty: never")
    String schedule() default "0 0 1 * * ?";

    @AttributeDefinition(description = "Newest backups kept per day, for this many days")
    int keepDaily() default 7;

    @AttributeDefinition(description = "Newest backup kept per ISO week, for this many weeks")
    int keepWeekly() default 4;

    @AttributeDefinition(description = "Hours after which the last verified backup counts as old (health WARN)")
    int maxAgeHours() default 36;
}
