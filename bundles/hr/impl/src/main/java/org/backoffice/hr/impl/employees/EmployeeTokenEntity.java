package org.backoffice.hr.impl.employees;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Index;
import javax.persistence.Table;

import org.backoffice.platform.api.persistence.SearchTokens;

/** Table HR_EMPLOYEE_TOKEN: one search token of an employee's names, number or e-mail ({@link SearchTokens}). */
@Entity
@IdClass(EmployeeTokenEntity.Key.class)
@Table(name = "HR_EMPLOYEE_TOKEN", indexes = @Index(name = "HR_EMPLOYEE_TOKEN_IX", columnList = "TOKEN,EMPLOYEE_ID"))
public class EmployeeTokenEntity {

    @Id
    @Column(name = "EMPLOYEE_ID", nullable = false)
    private long employeeId;
    @Id
    @Column(name = "TOKEN", length = SearchTokens.MAX_LENGTH, nullable = false)
    private String token;

    protected EmployeeTokenEntity() {
    }

    EmployeeTokenEntity(long employeeId, String token) {
        this.employeeId = employeeId;
        this.token = token;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long employeeId;
        private String token;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.employeeId == employeeId && Objects.equals(key.token, token);
        }

        @Override
        public int hashCode() {
            return Objects.hash(employeeId, token);
        }
    }
}
