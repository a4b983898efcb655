package org.backoffice.payroll.api;

/** Names other bundles need: module id, roles, event topics and their properties, audit entity names. */
public final class PayrollModule {

    public static final String ID = "payroll";
    /** Rules, structures, runs and every payslip. */
    public static final String MANAGER = "payroll-manager";
    /** Reads rules, runs and payslips; changes nothing. */
    public static final String VIEWER = "payroll-viewer";

    /**
     * A run was posted. Properties: {@code run} (id), {@code period} ({@code 2026-01}), {@code currency},
     * {@code byComponent} (code → amount as plain string), {@code byCostCentre} (cost centre → code → amount).
     */
    public static final String TOPIC_PAYROLL_POSTED = "org/backoffice/payroll/PAYROLL_POSTED";

    public static final String ENTITY_STRUCTURE = "PayStructure";
    public static final String ENTITY_ASSIGNMENT = "StructureAssignment";
    public static final String ENTITY_RUN = "PayrollRun";

    private PayrollModule() {
    }
}
