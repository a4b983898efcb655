package org.backoffice.payroll.api.runs;

/** A regular run pays a period; a correction run pays differences for a period that already has a posted run. */
public enum RunType {
    REGULAR, CORRECTION
}
