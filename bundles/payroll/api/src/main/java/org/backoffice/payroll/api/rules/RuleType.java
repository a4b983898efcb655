package org.backoffice.payroll.api.rules;

/** The four typed definitions a component can have; nothing else runs. */
public enum RuleType {
    /** {@code amount}, or the run input named {@code input} (times {@code rate} when given: hours × rate). */
    FIXED,
    /** {@code rate} percent of the {@code base} expression, limited to {@code minimum} and {@code maximum}. */
    PERCENT,
    /** A progressive table on {@code base}: each band taxes the part of the base inside it. */
    BRACKETS,
    /** The {@code formula} expression. */
    FORMULA
}
