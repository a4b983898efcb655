package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.payroll.api.runs.PayrollRun;
import org.backoffice.payroll.api.runs.RunError;
import org.backoffice.payroll.api.runs.RunInput;
import org.backoffice.payroll.api.runs.RunStatus;
import org.backoffice.payroll.api.runs.RunType;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.VersionedRow;

/**
 * A payroll run. Its employee list, exclusions, inputs and errors are small texts of lines (tab-separated fields),
 * read and written whole with the run.
 */
@Entity
@Table(name = "PAY_RUN", indexes = @Index(name = "PAY_RUN_PERIOD", columnList = "PERIOD"))
public class RunEntity extends VersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PAY_RUN_IDS")
    @TableGenerator(name = "PAY_RUN_IDS", table = "PAY_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "RUN", allocationSize = 10)
    private Long id;
    @Column(name = "PERIOD", nullable = false, length = 7)
    private String period;
    @Enumerated(EnumType.STRING)
    @Column(name = "RUN_TYPE", nullable = false, length = 12)
    private RunType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private RunStatus status;
    @Column(name = "CURRENCY", length = 3)
    private String currency;
    @Lob
    @Column(name = "EMPLOYEES")
    private String employees;
    @Lob
    @Column(name = "EXCLUDED")
    private String excluded;
    @Lob
    @Column(name = "INPUTS")
    private String inputs;
    @Lob
    @Column(name = "ERRORS")
    private String errors;
    @Column(name = "PAYSLIPS", nullable = false)
    private int payslips;
    @Column(name = "GROSS", precision = 19, scale = 4)
    private BigDecimal gross;
    @Column(name = "DEDUCTIONS", precision = 19, scale = 4)
    private BigDecimal deductions;
    @Column(name = "NET", precision = 19, scale = 4)
    private BigDecimal net;
    @Column(name = "EMPLOYER_COST", precision = 19, scale = 4)
    private BigDecimal employerCost;
    @Convert(converter = UtcInstant.class)
    @Column(name = "CALCULATED_AT")
    private Instant calculatedAt;
    @Convert(converter = UtcInstant.class)
    @Column(name = "POSTED_AT")
    private Instant postedAt;

    protected RunEntity() {
    }

    RunEntity(String period, RunType type, List<String> employees, List<RunInput> inputs) {
        this.period = period;
        this.type = type;
        this.status = RunStatus.DRAFT;
        this.employees = String.join("\n", employees);
        this.excluded = "";
        setInputs(inputs);
    }

    long id() {
        return id;
    }

    String period() {
        return period;
    }

    RunType type() {
        return type;
    }

    RunStatus status() {
        return status;
    }

    String currency() {
        return currency;
    }

    List<String> employees() {
        return lines(employees);
    }

    List<String> excluded() {
        return lines(excluded);
    }

    void setExcluded(List<String> numbers) {
        this.excluded = String.join("\n", numbers);
    }

    List<RunInput> inputs() {
        return lines(inputs).stream().map(line -> line.split("\t"))
                .map(f -> new RunInput(f[0], f[1], new BigDecimal(f[2]))).toList();
    }

    void setInputs(List<RunInput> values) {
        this.inputs = String.join("\n", values.stream()
                .map(i -> i.employee() + "\t" + i.name() + "\t" + i.value().toPlainString()).toList());
    }

    List<RunError> errors() {
        return lines(errors).stream().map(line -> line.split("\t", 2)).map(f -> new RunError(f[0], f[1])).toList();
    }

    void calculated(String currency, List<RunError> found, int count, BigDecimal gross, BigDecimal deductions,
            BigDecimal net, BigDecimal employer, Instant at) {
        this.currency = currency;
        this.errors = String.join("\n", found.stream().map(e -> e.employee() + "\t" + e.message()).toList());
        this.payslips = count;
        this.gross = gross;
        this.deductions = deductions;
        this.net = net;
        this.employerCost = employer;
        this.calculatedAt = at;
    }

    void setStatus(RunStatus status, Instant at) {
        this.status = status;
        if (status == RunStatus.POSTED) {
            this.postedAt = at;
        }
    }

    PayrollRun toRun() {
        return new PayrollRun(id, period, type, status, currency, employees(), inputs(), payslips, gross,
                deductions, net, employerCost, errors(), calculatedAt, postedAt, version());
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split("\n")));
    }
}
