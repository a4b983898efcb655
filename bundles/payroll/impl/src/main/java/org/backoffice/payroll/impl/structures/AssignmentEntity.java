package org.backoffice.payroll.impl.structures;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.payroll.api.rules.StructureAssignment;

/** An employee (by HR number) paid by a structure (by code) over dates. */
@Entity
@Table(name = "PAY_ASSIGNMENT", indexes = @Index(name = "PAY_ASSIGNMENT_EMPLOYEE", columnList = "EMPLOYEE, FROM_DATE"))
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PAY_ASSIGNMENT_IDS")
    @TableGenerator(name = "PAY_ASSIGNMENT_IDS", table = "PAY_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "ASSIGNMENT", allocationSize = 500)
    private Long id;
    @Column(name = "EMPLOYEE", nullable = false, length = 40)
    private String employee;
    @Column(name = "STRUCTURE", nullable = false, length = 30)
    private String structure;
    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate from;
    @Column(name = "TO_DATE")
    private LocalDate to;

    protected AssignmentEntity() {
    }

    AssignmentEntity(StructureAssignment assignment) {
        this.employee = assignment.employee();
        this.structure = assignment.structure();
        this.from = assignment.from();
        this.to = assignment.to();
    }

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    void endOn(LocalDate day) {
        this.to = day;
    }

    public StructureAssignment toAssignment() {
        return new StructureAssignment(id, employee, structure, from, to);
    }
}
