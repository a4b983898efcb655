package org.backoffice.hr.api.training;

/** An employee in a position who lacks a required certification valid on the report's date. */
public record ComplianceGap(String employee, String name, String position, String certification,
        java.time.LocalDate lastExpiry) {
}
