package org.backoffice.hr.api.employees;

public enum PayFrequency {
    MONTHLY, HOURLY
}
