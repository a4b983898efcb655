package org.backoffice.hr.api.training;

/** ENROLLED holds a seat, WAITING is in line for one, COMPLETED finished the course, CANCELLED gave the seat up. */
public enum EnrolmentStatus {
    ENROLLED, WAITING, COMPLETED, CANCELLED
}
