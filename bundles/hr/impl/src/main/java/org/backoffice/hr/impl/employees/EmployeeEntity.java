package org.backoffice.hr.impl.employees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import javax.persistence.AttributeOverride;
import javax.persistence.AttributeOverrides;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.api.employees.EmployeeStatus;
import org.backoffice.platform.api.BankIdentifiers;
import org.backoffice.platform.api.persistence.SearchTokens;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.AddressColumns;
import org.backoffice.platform.support.jpa.CreatedVersionedRow;

/**
 * Table HR_EMPLOYEE. The organisation columns (department, position, manager, calendar) repeat today's assignment so
 * that directory filters are one indexed query; the effective-dated truth is {@link AssignmentEntity}.
 */
@Entity
@Table(name = "HR_EMPLOYEE",
        uniqueConstraints = {@UniqueConstraint(name = "HR_EMPLOYEE_NUMBER_UK", columnNames = "EMP_NUMBER")},
        indexes = {@Index(name = "HR_EMPLOYEE_SORT_IX", columnList = "FAMILY_NAME,GIVEN_NAME,EMP_NUMBER,ID"),
            @Index(name = "HR_EMPLOYEE_USER_IX", columnList = "USER_NAME"),
            @Index(name = "HR_EMPLOYEE_DEPT_IX", columnList = "DEPARTMENT_ID"),
            @Index(name = "HR_EMPLOYEE_MANAGER_IX", columnList = "MANAGER_ID")})
public class EmployeeEntity extends CreatedVersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_EMPLOYEE_IDS")
    @TableGenerator(name = "HR_EMPLOYEE_IDS", table = "HR_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "EMPLOYEE", allocationSize = 50)
    private Long id;

    @Column(name = "EMP_NUMBER", length = 40, nullable = false)
    private String number;
    @Column(name = "GIVEN_NAME", length = 100, nullable = false)
    private String givenName;
    @Column(name = "FAMILY_NAME", length = 100, nullable = false)
    private String familyName;
    @Column(name = "PREFERRED_NAME", length = 100)
    private String preferredName;
    @Column(name = "WORK_EMAIL", length = 254)
    private String workEmail;
    @Column(name = "WORK_PHONE", length = 50)
    private String workPhone;
    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;
    @Column(name = "NATIONAL_ID", length = 50)
    private String nationalId;
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "HOME_STREET", length = 200)),
        @AttributeOverride(name = "city", column = @Column(name = "HOME_CITY", length = 100)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "HOME_POSTAL_CODE", length = 20)),
        @AttributeOverride(name = "country", column = @Column(name = "HOME_COUNTRY", length = 2))})
    private AddressColumns homeAddress;
    @Column(name = "IBAN", length = 34)
    private String iban;
    @Column(name = "BIC", length = 11)
    private String bic;
    @Column(name = "EMERGENCY_CONTACT", length = 400)
    private String emergencyContact;
    @Column(name = "HIRE_DATE", nullable = false)
    private LocalDate hireDate;
    @Column(name = "TERMINATION_DATE")
    private LocalDate terminationDate;
    @Column(name = "TERMINATION_REASON", length = 400)
    private String terminationReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    private EmployeeStatus status;
    @Column(name = "DEPARTMENT_ID")
    private Long departmentId;
    @Column(name = "POSITION_ID")
    private Long positionId;
    @Column(name = "MANAGER_ID")
    private Long managerId;
    @Column(name = "CALENDAR", length = 40)
    private String calendar;
    @Column(name = "COST_CENTRE", length = 40)
    private String costCentre;
    @Column(name = "USER_NAME", length = 200)
    private String user;
    @Column(name = "NOTES", length = 4000)
    private String notes;
    @Column(name = "LEGAL_HOLD", nullable = false)
    private boolean legalHold;
    @Convert(converter = UtcInstant.class)
    @Column(name = "ANONYMISED_AT")
    private Instant anonymisedAt;
    @Convert(converter = UtcInstant.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected EmployeeEntity() {
    }

    private EmployeeEntity(Instant now) {
        super(now);
    }

    static EmployeeEntity hire(Employee employee, String number, Instant now) {
        EmployeeEntity entity = new EmployeeEntity(now);
        entity.number = number;
        entity.hireDate = employee.hireDate();
        entity.status = EmployeeStatus.ACTIVE;
        entity.apply(employee, now);
        return entity;
    }

    /** Copies the fields that are not effective-dated and not set by operations (number, hire, termination). */
    void apply(Employee employee, Instant now) {
        givenName = employee.givenName().strip();
        familyName = employee.familyName().strip();
        preferredName = employee.preferredName();
        workEmail = employee.workEmail();
        workPhone = employee.workPhone();
        birthDate = employee.birthDate();
        nationalId = employee.nationalId();
        homeAddress = AddressColumns.of(employee.homeAddress());
        iban = BankIdentifiers.normalizeIban(employee.iban());
        bic = employee.bic() == null ? null : employee.bic().toUpperCase(Locale.ROOT);
        emergencyContact = employee.emergencyContact();
        costCentre = employee.costCentre();
        user = employee.user() == null || employee.user().isBlank() ? null : employee.user().strip();
        notes = employee.notes();
        if (employee.status() != null && employee.status() != EmployeeStatus.TERMINATED
                && status != EmployeeStatus.TERMINATED) {
            status = employee.status();
        }
        if (employee.legalHold() != null) {
            legalHold = employee.legalHold();
        }
        updatedAt = now;
    }

    /** Today's organisation values, repeated from the assignment in force. */
    void current(AssignmentEntity assignment, Instant now) {
        Long d = assignment == null ? null : assignment.departmentId();
        Long p = assignment == null ? null : assignment.positionId();
        Long m = assignment == null ? null : assignment.managerId();
        String c = assignment == null ? null : assignment.calendar();
        if (!java.util.Objects.equals(d, departmentId) || !java.util.Objects.equals(p, positionId)
                || !java.util.Objects.equals(m, managerId) || !java.util.Objects.equals(c, calendar)) {
            departmentId = d;
            positionId = p;
            managerId = m;
            calendar = c;
            updatedAt = now;
        }
    }

    void terminate(LocalDate date, String reason, Instant now) {
        terminationDate = date;
        terminationReason = reason;
        status = EmployeeStatus.TERMINATED;
        updatedAt = now;
    }

    void setLegalHold(boolean hold, Instant now) {
        if (legalHold != hold) {
            legalHold = hold;
            updatedAt = now;
        }
    }

    /** Personal fields cleared, names replaced; number, ids, dates and organisation kept. */
    void anonymise(Instant now) {
        givenName = "Anonymised";
        familyName = number;
        preferredName = null;
        workEmail = null;
        workPhone = null;
        birthDate = null;
        nationalId = null;
        homeAddress = null;
        iban = null;
        bic = null;
        emergencyContact = null;
        terminationReason = null;
        user = null;
        notes = null;
        anonymisedAt = now;
        updatedAt = now;
    }

    /** What the directory search finds this employee by: names, number and work e-mail. */
    Set<String> searchTokens() {
        return SearchTokens.of(number, givenName, familyName, preferredName, workEmail);
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    String user() {
        return user;
    }

    LocalDate hireDate() {
        return hireDate;
    }

    LocalDate terminationDate() {
        return terminationDate;
    }

    EmployeeStatus status() {
        return status;
    }

    boolean legalHold() {
        return legalHold;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }

    Long departmentId() {
        return departmentId;
    }

    Long positionId() {
        return positionId;
    }

    Long managerId() {
        return managerId;
    }

    String calendar() {
        return calendar;
    }

    String displayName() {
        String first = preferredName != null && !preferredName.isBlank() ? preferredName : givenName;
        return first + " " + familyName;
    }

    /** The record with organisation values given as codes (resolved by the caller for the day asked for). */
    Employee toEmployee(String department, String position, String manager, String calendarCode) {
        return new Employee(number, givenName, familyName, preferredName, workEmail, workPhone, birthDate,
                nationalId, AddressColumns.toAddress(homeAddress), iban, bic, emergencyContact, hireDate,
                terminationDate, terminationReason, status, department, position, manager, costCentre, calendarCode,
                user, notes, legalHold, version());
    }
}
