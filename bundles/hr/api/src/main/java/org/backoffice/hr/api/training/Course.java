package org.backoffice.hr.api.training;

/**
 * A course. Completing it issues the certification {@code certificationCode} (named {@code certificationName}),
 * valid for {@code validityMonths} months; a course without certification code grants none.
 */
public record Course(String code, String title, String description, String certificationCode,
        String certificationName, Integer validityMonths, Long version) {
}
