package org.backoffice.payroll.api.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A named set of components, versioned by effective date: saving a structure with a later {@code effectiveFrom} adds
 * a version, and a period is always calculated with the version in force on its last day.
 *
 * @param currency ISO 4217, the currency of every amount of the structure
 * @param version  optimistic lock of this effective version (replacing it needs the version read)
 */
public record PayStructure(String code, String name, String currency, LocalDate effectiveFrom,
        List<PayComponent> components, Long version) {
}
