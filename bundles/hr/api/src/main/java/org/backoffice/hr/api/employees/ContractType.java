package org.backoffice.hr.api.employees;

public enum ContractType {
    PERMANENT, FIXED_TERM, APPRENTICE, CONTRACTOR
}
