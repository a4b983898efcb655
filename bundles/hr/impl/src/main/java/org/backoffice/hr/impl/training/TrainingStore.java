package org.backoffice.hr.impl.training;

import java.util.List;
import java.util.Map;

/** What the expiry job and the personal-data source need of the training service beyond its api. */
public interface TrainingStore {

    /** The expiry thresholds in days the scan announces (default 60 and 14). */
    void thresholds(List<Integer> days);

    /** Everything training holds about an employee, for the GDPR export. */
    Map<String, Object> export(long employeeId);
}
