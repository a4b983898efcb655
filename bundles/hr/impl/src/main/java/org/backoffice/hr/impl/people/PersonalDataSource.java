package org.backoffice.hr.impl.people;

import java.util.Map;

/**
 * A part of HR that holds personal data about employees (leave, training), registered as a DS service inside the
 * impl bundle. The employees subdomain calls every source for the GDPR export and for anonymisation.
 */
public interface PersonalDataSource {

    /** The section name in the export ({@code "leave"}, {@code "training"}). */
    String area();

    /** Everything held about the employee, as JSON-compatible values (maps, lists, strings, numbers). */
    Map<String, Object> export(long employeeId);

    /** Clears or replaces free-text personal data (reasons, notes) of the employee; ids and figures stay. */
    void anonymise(long employeeId);
}
