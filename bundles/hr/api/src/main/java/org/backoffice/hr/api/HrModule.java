package org.backoffice.hr.api;

/** Names other bundles need: module id, roles, event topics, audit entity names. */
public final class HrModule {

    public static final String ID = "hr";
    /** Everything in HR, personal fields included. */
    public static final String MANAGER = "hr-manager";
    /** The directory only: never salary, birth date, national id, home address, bank account, emergency contact. */
    public static final String VIEWER = "hr-viewer";

    private static final String TOPIC = "org/backoffice/hr/";
    public static final String TOPIC_EMPLOYEE_HIRED = TOPIC + "EMPLOYEE_HIRED";
    public static final String TOPIC_EMPLOYEE_CHANGED = TOPIC + "EMPLOYEE_CHANGED";
    public static final String TOPIC_EMPLOYEE_TERMINATED = TOPIC + "EMPLOYEE_TERMINATED";
    public static final String TOPIC_EMPLOYEE_ANONYMISED = TOPIC + "EMPLOYEE_ANONYMISED";
    public static final String TOPIC_LEAVE_REQUESTED = TOPIC + "LEAVE_REQUESTED";
    public static final String TOPIC_LEAVE_DECIDED = TOPIC + "LEAVE_DECIDED";
    public static final String TOPIC_CERTIFICATION_EXPIRING = TOPIC + "CERTIFICATION_EXPIRING";

    /** Entity names in audit records. */
    public static final String ENTITY_EMPLOYEE = "Employee";
    public static final String ENTITY_DEPARTMENT = "Department";
    public static final String ENTITY_POSITION = "Position";
    public static final String ENTITY_CONTRACT = "Contract";
    public static final String ENTITY_LEAVE_TYPE = "LeaveType";
    public static final String ENTITY_LEAVE_REQUEST = "LeaveRequest";
    public static final String ENTITY_LEAVE_ADJUSTMENT = "LeaveAdjustment";
    public static final String ENTITY_COURSE = "Course";
    public static final String ENTITY_SESSION = "TrainingSession";
    public static final String ENTITY_CERTIFICATION = "Certification";

    private HrModule() {
    }
}
