package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * One employee's payslip of a run; its id is taken from the run's block of ids (see {@link PayslipWriter}).
 * {@code USER_NAME} is the employee's self-service user when calculated, so the payslip can be shown to them.
 */
@Entity
@Table(name = "PAY_PAYSLIP", indexes = {@Index(name = "PAY_PAYSLIP_RUN", columnList = "RUN_ID, EMPLOYEE"),
        @Index(name = "PAY_PAYSLIP_EMPLOYEE", columnList = "EMPLOYEE, PERIOD")})
public class PayslipEntity {

    @Id
    @Column(name = "ID")
    private long id;
    @Column(name = "RUN_ID", nullable = false)
    private long runId;
    @Column(name = "EMPLOYEE", nullable = false, length = 40)
    private String employee;
    @Column(name = "PERIOD", nullable = false, length = 7)
    private String period;
    @Column(name = "EMPLOYEE_NAME", length = 400)
    private String employeeName;
    @Column(name = "USER_NAME", length = 200)
    private String user;
    @Column(name = "COST_CENTRE", length = 40)
    private String costCentre;
    @Column(name = "IBAN", length = 34)
    private String iban;
    @Column(name = "CURRENCY", length = 3)
    private String currency;
    @Column(name = "GROSS", precision = 19, scale = 4)
    private BigDecimal gross;
    @Column(name = "DEDUCTIONS", precision = 19, scale = 4)
    private BigDecimal deductions;
    @Column(name = "NET", precision = 19, scale = 4)
    private BigDecimal net;
    @Column(name = "EMPLOYER_COST", precision = 19, scale = 4)
    private BigDecimal employerCost;
    @Lob
    @Column(name = "SEGMENTS")
    private String segments;

    protected PayslipEntity() {
    }

    long id() {
        return id;
    }

    long runId() {
        return runId;
    }

    String employee() {
        return employee;
    }

    String period() {
        return period;
    }

    String employeeName() {
        return employeeName;
    }

    String user() {
        return user;
    }

    String costCentre() {
        return costCentre;
    }

    String currency() {
        return currency;
    }

    BigDecimal gross() {
        return gross;
    }

    BigDecimal deductions() {
        return deductions;
    }

    BigDecimal net() {
        return net;
    }

    BigDecimal employerCost() {
        return employerCost;
    }

    String segments() {
        return segments;
    }
}
